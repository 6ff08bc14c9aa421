insert into procedure_package (procedure_id, version, deployment_id, definition_id, definition_key, content_hash, manifest, forms, texts, published_at)
values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
