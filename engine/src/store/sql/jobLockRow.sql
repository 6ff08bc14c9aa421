select * from job where id = $1 and locked_by = $2 for update
