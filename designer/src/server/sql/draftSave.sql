-- Saves a draft only when its revision is still $2 (optimistic: If-Match), and keeps the save as a revision, in one
-- statement. No row: someone saved first (or there is no such draft).
with saved as (
  update designer_draft set rev = rev + 1, files = $3::jsonb, updated_by = $4, updated_at = $5
  where procedure_id = $1 and rev = $2
  returning procedure_id, rev, files, updated_by, updated_at
)
insert into designer_draft_revision (procedure_id, rev, files, author, saved_at)
select procedure_id, rev, files, updated_by, updated_at from saved
returning rev
