update external_task set lock_expires_at = $2 where id = $1
