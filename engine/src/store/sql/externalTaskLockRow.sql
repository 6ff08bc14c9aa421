select * from external_task where id = $1 for update
