-- Where an instance tree stands: its state, and what could still move it (user tasks wait for people, external
-- tasks with retries left for connectors, open incidents for an operator). $1 is the root instance.
select
  (select state from process_instance where id = $1) as state,
  (select count(*) from task t join process_instance i on i.id = t.instance_id where i.root_instance_id = $1) as tasks,
  (select count(*) from external_task e join process_instance i on i.id = e.instance_id where i.root_instance_id = $1 and (e.retries is null or e.retries > 0)) as external_tasks,
  (select count(*) from incident n join process_instance i on i.id = n.instance_id where i.root_instance_id = $1 and n.resolved_at is null) as incidents
