insert into session (id, reference, service_request_id, instance_id, procedure_id, procedure_version, channel, language, citizen_id,
  identification_reached, identification_method, protocol, owner_user_id, owner_role, protected_person, claim_of, created_at, updated_at)
values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $17)
