update external_task set worker_id = null, lock_expires_at = null where id = $1
