select at, user_id, role, action, citizen_id, reason, session_id, service_request_id, channel, identification_level, detail
from audit_log where citizen_id = $1 order by id
