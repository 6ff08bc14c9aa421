-- The engine's store tables, read-only (the engine has no public read for these yet).
select id, definition_id, definition_key, business_key, root_instance_id, state, data from process_instance where id = $1
