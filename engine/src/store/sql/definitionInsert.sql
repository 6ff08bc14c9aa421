insert into process_definition (id, key, version, name, version_tag, deployment_id, resource_id, resource_name, has_start_form)
values ($1, $2, $3, $4, $5, $6, $7, $8, $9)
