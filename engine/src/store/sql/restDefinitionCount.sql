-- GET /engine-rest/process-definition/count: the filters of restDefinitionList.sql.
select count(*)::int as count
from process_definition d
where ($1::text is null or d.id = $1)
  and ($2::text[] is null or d.id = any($2::text[]))
  and ($3::text is null or d.key = $3)
  and ($4::text[] is null or d.key = any($4::text[]))
  and ($5::text is null or d.key like $5)
  and ($6::text is null or d.name = $6)
  and ($7::text is null or d.name like $7)
  and ($8::uuid is null or d.deployment_id = $8)
  and ($9::int is null or d.version = $9)
  and ($10::text is null or d.version_tag = $10)
  and (not coalesce($11::boolean, false) or d.version = (select max(x.version) from process_definition x where x.key = d.key))
  and ($12::text is null or d.resource_name = $12)
