--! count (bundleSql derives restHistoryActivityCount from this file: the rows it lists, counted)
-- GET /engine-rest/history/activity-instance (and /{id}, /count): one row per activity instance (token), folded
-- from the append-only history: started at its activity_start, ended at its activity_end or activity_cancel.
-- A null parameter switches its filter off.
-- $1 instance id, $2 activity instance (token) id, $3 activity id, $4 element type, $5 finished only,
-- $6 unfinished only, $7 canceled only, $8 definition id, $9 offset, $10 limit (null: all)
select a.id, a.instance_id, a.activity_id, a.activity_type, a.iteration, a.start_time, a.end_time, a.canceled,
  i.definition_id, i.definition_key, i.root_instance_id,
  (select c.id from process_instance c where c.parent_instance_id = a.instance_id and c.parent_token_id = a.id limit 1) as called_instance_id
from (
  select h.token_id as id, h.instance_id, min(h.element_id) as activity_id, min(h.element_type) as activity_type,
    bool_or(coalesce((h.data ->> 'iteration')::boolean, false)) as iteration,
    min(h.at) filter (where h.kind = 'activity_start') as start_time,
    max(h.at) filter (where h.kind in ('activity_end', 'activity_cancel')) as end_time,
    bool_or(h.kind = 'activity_cancel') as canceled,
    min(h.id) as first_event
  from history_event h
  where h.kind in ('activity_start', 'activity_end', 'activity_cancel') and h.token_id is not null
    and ($1::uuid is null or h.instance_id = $1)
    and ($2::text is null or h.token_id = $2)
  group by h.token_id, h.instance_id
) a
join process_instance i on i.id = a.instance_id
where ($3::text is null or a.activity_id = $3)
  and ($4::text is null or a.activity_type = $4)
  and (not coalesce($5::boolean, false) or a.end_time is not null)
  and (not coalesce($6::boolean, false) or a.end_time is null)
  and (not coalesce($7::boolean, false) or a.canceled)
  and ($8::text is null or i.definition_id = $8)
order by a.first_event
offset $9::bigint limit $10::bigint
