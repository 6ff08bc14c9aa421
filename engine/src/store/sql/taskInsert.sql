insert into task (id, instance_id, token_id, definition_id, element_id, name, assignee, candidate_groups, candidate_users, form_key, priority, due_at, created_at)
values ($1, $2, $3, $4, $5, $6, $7, $8::text[], $9::text[], $10, $11, $12, $13)
