insert into audit_log (at, user_id, role, action, citizen_id, reason, session_id, service_request_id, channel, identification_level, detail)
values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
