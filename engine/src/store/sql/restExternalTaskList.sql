--! count (bundleSql derives restExternalTaskCount from this file: the rows it lists, counted)
-- GET /engine-rest/external-task (and /{id}): open external tasks. A null parameter switches its filter off.
-- $1 now (for locked/notLocked), $2 id, $3 ids, $4 topic, $5 worker id, $6 locked only, $7 not locked only,
-- $8 with retries left, $9 no retries left, $10 lock expires after, $11 lock expires before, $12 element id,
-- $13 element ids, $14 execution (token) id, $15 instance id, $16 instance ids, $17 definition id,
-- $18 priority >=, $19 priority <=, $20 offset, $21 limit (null: all)
select e.id, e.instance_id, e.token_id, e.definition_id, e.definition_key, e.element_id, e.business_key, e.topic,
  e.priority, e.worker_id, e.lock_expires_at, e.retries, e.error_message, e.created_at, d.version_tag
from external_task e
left join process_definition d on d.id = e.definition_id
where ($2::uuid is null or e.id = $2)
  and ($3::uuid[] is null or e.id = any($3::uuid[]))
  and ($4::text is null or e.topic = $4)
  and ($5::text is null or e.worker_id = $5)
  and (not coalesce($6::boolean, false) or e.lock_expires_at > $1::timestamptz)
  and (not coalesce($7::boolean, false) or e.lock_expires_at is null or e.lock_expires_at <= $1::timestamptz)
  and (not coalesce($8::boolean, false) or e.retries is null or e.retries > 0)
  and (not coalesce($9::boolean, false) or e.retries = 0)
  and ($10::timestamptz is null or e.lock_expires_at > $10)
  and ($11::timestamptz is null or e.lock_expires_at < $11)
  and ($12::text is null or e.element_id = $12)
  and ($13::text[] is null or e.element_id = any($13::text[]))
  and ($14::text is null or e.token_id = $14)
  and ($15::uuid is null or e.instance_id = $15)
  and ($16::uuid[] is null or e.instance_id = any($16::uuid[]))
  and ($17::text is null or e.definition_id = $17)
  and ($18::bigint is null or e.priority >= $18)
  and ($19::bigint is null or e.priority <= $19)
order by e.created_at, e.id
offset $20::bigint limit $21::bigint
