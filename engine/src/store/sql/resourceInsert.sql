insert into resource (id, deployment_id, name, content) values ($1, $2, $3, $4)
