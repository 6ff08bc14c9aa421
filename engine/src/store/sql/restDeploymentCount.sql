-- GET /engine-rest/deployment/count: the filters of restDeploymentList.sql.
select count(*)::int as count
from deployment
where ($1::uuid is null or id = $1)
  and ($2::text is null or name = $2)
  and ($3::text is null or name like $3)
  and ($4::text is null or source = $4)
  and ($5::text[] is null or tenant_id = any($5::text[]))
  and (not coalesce($6::boolean, false) or tenant_id is null)
