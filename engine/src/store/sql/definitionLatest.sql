select id from process_definition where key = $1 order by version desc limit 1
