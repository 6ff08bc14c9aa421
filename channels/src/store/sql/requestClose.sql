update service_request set state = $2, outcome = $3, responsible = $4, closed_at = $5, updated_at = $5 where id = $1 and closed_at is null
