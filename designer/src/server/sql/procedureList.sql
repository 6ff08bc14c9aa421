-- The catalogue: every procedure with its draft's manifest title, last save and live (newest) version.
select p.id, p.archived_at, d.files -> 'procedure.json' as manifest, d.updated_by, d.updated_at,
  (select max(v.version) from designer_version v where v.procedure_id = p.id) as live_version
from designer_procedure p
join designer_draft d on d.procedure_id = p.id
order by d.updated_at desc, p.id
