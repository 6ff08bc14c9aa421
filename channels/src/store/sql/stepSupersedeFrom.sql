update step_answer set superseded = true where service_request_id = $1 and id >= $2 and not superseded
