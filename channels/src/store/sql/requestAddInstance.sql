update service_request set instance_ids = array_append(instance_ids, $2::uuid), updated_at = $3 where id = $1 and not ($2::uuid = any(instance_ids))
