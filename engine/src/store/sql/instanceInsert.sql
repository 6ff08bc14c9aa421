insert into process_instance (id, definition_id, definition_key, business_key, parent_instance_id, parent_token_id, root_instance_id, state, rev, data, started_at, ended_at)
values ($1, $2, $3, $4, $5, $6, $7, $8, 1, $9, $10, $11)
