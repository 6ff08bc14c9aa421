select id, data from process_instance where id = any($1::uuid[])
