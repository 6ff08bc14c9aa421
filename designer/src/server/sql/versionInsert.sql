-- A published version; no row when that number was taken meanwhile (another publish won).
insert into designer_version (procedure_id, version, files, kind, from_version, reason, published_by, published_at, deployment_id)
values ($1, $2, $3::jsonb, $4, $5, $6, $7, $8, $9)
on conflict (procedure_id, version) do nothing
returning version
