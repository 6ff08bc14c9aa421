select * from task where id = $1
