select distinct on (procedure_id) procedure_id, version, manifest from procedure_package order by procedure_id, published_at desc
