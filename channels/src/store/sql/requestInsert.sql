insert into service_request (id, reference, citizen_id, type, procedure_id, procedure_version, entry_channel, responsible, state, protected_person, created_at, updated_at)
values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $11)
on conflict (reference) do nothing
