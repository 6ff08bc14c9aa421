insert into deployment (id, name, source, tenant_id, deployed_at) values ($1, $2, $3, $4, $5)
