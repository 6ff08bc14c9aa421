-- One version with its files: $2, or the newest (live) one when $2 is null.
select version, files, kind, from_version, reason, published_by, published_at, deployment_id
from designer_version
where procedure_id = $1 and ($2::int is null or version = $2)
order by version desc
limit 1
