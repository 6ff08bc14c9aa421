select * from session where service_request_id = $1 order by created_at desc, id
