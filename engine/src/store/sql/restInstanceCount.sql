-- GET /engine-rest/process-instance/count: the filters of restInstanceList.sql.
select count(*)::int as count
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
