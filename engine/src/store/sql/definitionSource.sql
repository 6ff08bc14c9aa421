select d.id, d.key, d.version, r.content from process_definition d join resource r on r.id = d.resource_id where d.id = $1
