select * from service_request where id = $1
