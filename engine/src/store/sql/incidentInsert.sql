insert into incident (id, instance_id, definition_id, token_id, element_id, type, message, configuration, created_at)
values ($1, $2, $3, $4, $5, $6, $7, $8, $9)
