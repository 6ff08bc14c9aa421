select id, definition_id, definition_key, business_key, parent_instance_id, parent_token_id, root_instance_id, state, rev, data
from process_instance where id = $1
