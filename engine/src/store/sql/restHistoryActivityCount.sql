-- GET /engine-rest/history/activity-instance/count: the filters $1…$8 of restHistoryActivityList.sql.
select count(*)::int as count
from (
  select h.token_id as id, h.instance_id, min(h.element_id) as activity_id, min(h.element_type) as activity_type,
    max(h.at) filter (where h.kind in ('activity_end', 'activity_cancel')) as end_time,
    bool_or(h.kind = 'activity_cancel') as canceled
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
