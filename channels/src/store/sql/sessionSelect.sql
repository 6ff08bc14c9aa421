select * from session where id = $1
