select id from process_instance where parent_instance_id = $1 and parent_token_id = $2 and state = 'ACTIVE'
