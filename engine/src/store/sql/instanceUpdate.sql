update process_instance set rev = rev + 1, data = $3, state = $4, ended_at = $5
where id = $1 and rev = $2
