update external_task set retries = $2, retry_at = $3, error_message = $4, error_details = $5, worker_id = null, lock_expires_at = null
where id = $1
