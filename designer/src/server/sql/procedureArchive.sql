update designer_procedure set archived_at = $2, archived_by = $3 where id = $1 and archived_at is null
returning archived_at, archived_by
