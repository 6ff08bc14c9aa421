select rev, author, saved_at from designer_draft_revision where procedure_id = $1 order by rev desc limit $2
