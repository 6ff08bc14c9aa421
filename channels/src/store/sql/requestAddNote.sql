update service_request set notes = notes || $2::jsonb, updated_at = $3 where id = $1
