delete from external_task where id = $1
