--! count (bundleSql derives restHistoryInstanceCount from this file: the rows it lists, counted)
-- GET /engine-rest/history/process-instance (and /{id}, /count): every instance, running or ended (an ended
-- instance keeps its row; its start activity and delete reason come from the append-only history).
-- A null parameter switches its filter off.
-- $1 id, $2 ids, $3 definition id, $4 definition key, $5 definition keys, $6 business key, $7 business key like,
-- $8 finished only, $9 unfinished only, $10 states, $11 with incidents, $12 super instance, $13 started before,
-- $14 started after, $15 finished before, $16 finished after, $17 root instance, $18 offset, $19 limit (null: all)
select i.id, i.business_key, i.definition_id, i.definition_key, d.name as definition_name, d.version as definition_version,
  i.started_at, i.ended_at, i.state, i.parent_instance_id, i.root_instance_id,
  (select h.element_id from history_event h
   where h.instance_id = i.id and h.kind = 'activity_start' order by h.rev, h.seq limit 1) as start_activity_id,
  (select h.data ->> 'reason' from history_event h
   where h.instance_id = i.id and h.kind = 'process_end' order by h.rev desc, h.seq desc limit 1) as delete_reason
from process_instance i
-- left join: every instance has its definition (foreign key), and the derived count then skips the join
left join process_definition d on d.id = i.definition_id
where ($1::uuid is null or i.id = $1)
  and ($2::uuid[] is null or i.id = any($2::uuid[]))
  and ($3::text is null or i.definition_id = $3)
  and ($4::text is null or i.definition_key = $4)
  and ($5::text[] is null or i.definition_key = any($5::text[]))
  and ($6::text is null or i.business_key = $6)
  and ($7::text is null or i.business_key like $7)
  and (not coalesce($8::boolean, false) or i.ended_at is not null)
  and (not coalesce($9::boolean, false) or i.ended_at is null)
  and ($10::text[] is null or i.state = any($10::text[]))
  and (not coalesce($11::boolean, false) or exists (select 1 from incident x where x.instance_id = i.id))
  and ($12::uuid is null or i.parent_instance_id = $12)
  and ($13::timestamptz is null or i.started_at < $13)
  and ($14::timestamptz is null or i.started_at > $14)
  and ($15::timestamptz is null or i.ended_at < $15)
  and ($16::timestamptz is null or i.ended_at > $16)
  and ($17::uuid is null or i.root_instance_id = $17)
order by i.started_at, i.id
offset $18::bigint limit $19::bigint
