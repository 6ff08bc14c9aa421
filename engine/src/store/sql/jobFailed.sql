update job set retries = retries - 1, error_message = $2, locked_by = null, lock_expires_at = null, due_at = $3 where id = $1
