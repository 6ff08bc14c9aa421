select d.procedure_id, d.rev, d.files, d.updated_by, d.updated_at, p.created_by, p.created_at, p.archived_at, p.archived_by
from designer_draft d
join designer_procedure p on p.id = d.procedure_id
where d.procedure_id = $1
