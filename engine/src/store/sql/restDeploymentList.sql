--! count (bundleSql derives restDeploymentCount from this file: the rows it lists, counted)
-- GET /engine-rest/deployment (and /{id}, /count). A null parameter switches its filter off.
-- $1 id, $2 name, $3 name like, $4 source, $5 tenant ids, $6 without tenant, $7 offset, $8 limit (null: all)
select id, name, source, tenant_id, deployed_at
from deployment
where ($1::uuid is null or id = $1)
  and ($2::text is null or name = $2)
  and ($3::text is null or name like $3)
  and ($4::text is null or source = $4)
  and ($5::text[] is null or tenant_id = any($5::text[]))
  and (not coalesce($6::boolean, false) or tenant_id is null)
order by deployed_at, id
offset $7::bigint limit $8::bigint
