insert into history_event (instance_id, rev, seq, kind, element_id, element_type, token_id, at, data)
select $1, $2, x.seq, x.kind, x.element_id, x.element_type, x.token_id, $3, x.data
from jsonb_to_recordset($4::jsonb) as x(seq int, kind text, element_id text, element_type text, token_id text, data jsonb)
