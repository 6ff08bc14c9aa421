--! count (bundleSql derives restTaskCount from this file: the rows it lists, counted)
-- GET /engine-rest/task (and /{id}): open user tasks. A null parameter switches its filter off.
-- $1 task id, $2 task ids, $3 name, $4 name like, $5 instance id, $6 instance ids, $7 business key,
-- $8 definition id, $9 definition key, $10 assignee, $11 assigned only, $12 unassigned only, $13 candidate group,
-- $14 candidate groups (any), $15 candidate user, $16 include assigned tasks in candidate queries (Camunda leaves
-- them out), $17 element id, $18 element ids, $19 offset, $20 limit (null: all)
select t.id, t.name, t.assignee, t.created_at, t.due_at, t.token_id, t.priority, t.definition_id, t.instance_id,
  t.element_id, t.form_key
from task t
join process_instance i on i.id = t.instance_id
where ($1::uuid is null or t.id = $1)
  and ($2::uuid[] is null or t.id = any($2::uuid[]))
  and ($3::text is null or t.name = $3)
  and ($4::text is null or t.name like $4)
  and ($5::uuid is null or t.instance_id = $5)
  and ($6::uuid[] is null or t.instance_id = any($6::uuid[]))
  and ($7::text is null or i.business_key = $7)
  and ($8::text is null or t.definition_id = $8)
  and ($9::text is null or i.definition_key = $9)
  and ($10::text is null or t.assignee = $10)
  and (not coalesce($11::boolean, false) or t.assignee is not null)
  and (not coalesce($12::boolean, false) or t.assignee is null)
  and ($13::text is null or ($13 = any(t.candidate_groups) and (t.assignee is null or coalesce($16::boolean, false))))
  and ($14::text[] is null or (t.candidate_groups && $14::text[] and (t.assignee is null or coalesce($16::boolean, false))))
  and ($15::text is null or ($15 = any(t.candidate_users) and (t.assignee is null or coalesce($16::boolean, false))))
  and ($17::text is null or t.element_id = $17)
  and ($18::text[] is null or t.element_id = any($18::text[]))
order by t.created_at, t.id
offset $19::bigint limit $20::bigint
