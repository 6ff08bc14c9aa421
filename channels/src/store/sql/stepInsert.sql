insert into step_answer (service_request_id, session_id, instance_id, step_id, answers, variables_before, actor_user_id, actor_role, channel, at)
values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
returning id
