-- Open user tasks of an instance and of every instance it called (same root), oldest first.
select t.id, t.instance_id, t.token_id, t.element_id, t.candidate_groups, t.created_at, i.definition_id
from task t join process_instance i on i.id = t.instance_id
where i.root_instance_id = $1
order by t.created_at, t.element_id
