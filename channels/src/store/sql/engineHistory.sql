select id, instance_id, rev, seq, kind, element_id, element_type from history_event where instance_id = any($1::uuid[]) and kind = 'activity_end' order by id
