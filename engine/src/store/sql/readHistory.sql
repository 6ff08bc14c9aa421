-- History events of some instances, in the order they were written; $2 null means every kind.
select id, instance_id, rev, seq, kind, element_id, element_type, token_id, at, data
from history_event
where instance_id = any($1::uuid[]) and ($2::text[] is null or kind = any($2::text[]))
order by id
