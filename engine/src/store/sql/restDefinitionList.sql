--! count (bundleSql derives restDefinitionCount from this file: the rows it lists, counted)
-- GET /engine-rest/process-definition (and /{id}, /key/{key}, /count). A null parameter switches its filter off.
-- $1 id, $2 ids, $3 key, $4 keys, $5 key like, $6 name, $7 name like, $8 deployment id, $9 version,
-- $10 version tag, $11 latest version only, $12 resource name, $13 offset, $14 limit (null: all)
select d.id, d.key, d.version, d.name, d.version_tag, d.deployment_id, d.resource_name, dep.tenant_id
from process_definition d
-- left join: every definition has its deployment (foreign key), and the derived count then skips the join
left join deployment dep on dep.id = d.deployment_id
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
order by d.key, d.version desc, d.id
offset $13::bigint limit $14::bigint
