-- Locks a user task and reads its instance in one round trip, for completing it. The instance row is not locked:
-- its save is guarded by rev (optimistic lock).
select t.id, t.instance_id, t.token_id, t.element_id,
  i.definition_id as instance_definition_id, i.definition_key as instance_definition_key,
  i.business_key as instance_business_key, i.parent_instance_id as instance_parent_instance_id,
  i.parent_token_id as instance_parent_token_id, i.root_instance_id as instance_root_instance_id,
  i.state as instance_state, i.rev as instance_rev, i.data as instance_data
from task t join process_instance i on i.id = t.instance_id
where t.id = $1
for update of t
