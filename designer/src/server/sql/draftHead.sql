-- Who saved the draft last and when: what a refused (stale) save is told.
select rev, updated_by, updated_at from designer_draft where procedure_id = $1
