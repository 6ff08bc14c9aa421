select * from service_request where reference = $1
