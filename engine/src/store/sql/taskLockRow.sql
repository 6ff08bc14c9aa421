select * from task where id = $1 for update
