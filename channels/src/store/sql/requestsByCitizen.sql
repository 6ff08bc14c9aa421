select * from service_request where citizen_id = $1 order by created_at desc, reference
