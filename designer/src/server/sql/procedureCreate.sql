-- A new procedure with its first draft (rev 1) and that save, in one statement; no row when the id is taken.
with procedure as (
  insert into designer_procedure (id, created_by, created_at) values ($1, $2, $3)
  on conflict (id) do nothing
  returning id
), draft as (
  insert into designer_draft (procedure_id, rev, files, updated_by, updated_at)
  select id, 1, $4::jsonb, $2, $3 from procedure
  returning procedure_id, rev
), revision as (
  insert into designer_draft_revision (procedure_id, rev, files, author, saved_at)
  select id, 1, $4::jsonb, $2, $3 from procedure
)
select procedure_id as id, rev from draft
