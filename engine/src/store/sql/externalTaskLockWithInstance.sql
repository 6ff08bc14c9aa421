-- Locks an external task and reads its instance in one round trip, for the commands that move the instance on
-- (complete, BPMN error). The instance row is not locked: its save is guarded by rev (optimistic lock).
select t.id, t.instance_id, t.token_id, t.definition_id, t.element_id, t.worker_id, t.lock_expires_at,
  i.definition_id as instance_definition_id, i.definition_key as instance_definition_key,
  i.business_key as instance_business_key, i.parent_instance_id as instance_parent_instance_id,
  i.parent_token_id as instance_parent_token_id, i.root_instance_id as instance_root_instance_id,
  i.state as instance_state, i.rev as instance_rev, i.data as instance_data
from external_task t join process_instance i on i.id = t.instance_id
where t.id = $1
for update of t
