--! count (bundleSql derives restInstanceCount from this file: the rows it lists, counted)
-- GET /engine-rest/process-instance (and /{id}, /count): running instances only ($1 = the active state), as
-- Camunda's runtime view; ended ones are in /history/process-instance. A null parameter switches its filter off.
-- $2 ids, $3 business key, $4 business key like, $5 definition id, $6 definition key, $7 definition keys,
-- $8 super instance, $9 sub instance, $10 root instances only, $11 with incident, $12 incident type,
-- $13 offset, $14 limit (null: all)
select i.id, i.definition_id, i.business_key, i.state
from process_instance i
where i.state = $1
  and ($2::uuid[] is null or i.id = any($2::uuid[]))
  and ($3::text is null or i.business_key = $3)
  and ($4::text is null or i.business_key like $4)
  and ($5::text is null or i.definition_id = $5)
  and ($6::text is null or i.definition_key = $6)
  and ($7::text[] is null or i.definition_key = any($7::text[]))
  and ($8::uuid is null or i.parent_instance_id = $8)
  and ($9::uuid is null or i.id = (select c.parent_instance_id from process_instance c where c.id = $9))
  and (not coalesce($10::boolean, false) or i.parent_instance_id is null)
  and (not coalesce($11::boolean, false) or exists (select 1 from incident x where x.instance_id = i.id and x.resolved_at is null))
  and ($12::text is null or exists (select 1 from incident x where x.instance_id = i.id and x.type = $12 and x.resolved_at is null))
order by i.started_at, i.id
offset $13::bigint limit $14::bigint
