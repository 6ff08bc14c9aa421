select id, session_id, instance_id, step_id, answers, variables_before, actor_role, channel, superseded, at
from step_answer where service_request_id = $1 order by id
