-- Inserts a started instance and the history of its first run: one round trip.
-- $1…$11 the instance's columns, $12 history events (jsonb array; rev 1).
with i as (
  insert into process_instance (id, definition_id, definition_key, business_key, parent_instance_id, parent_token_id, root_instance_id, state, rev, data, started_at, ended_at)
  values ($1::uuid, $2, $3, $4, $5, $6, $7, $8, 1, $9, $10, $11)
  returning id
),
h as (
  insert into history_event (instance_id, rev, seq, kind, element_id, element_type, token_id, at, data)
  select $1::uuid, 1, x.seq, x.kind, x.element_id, x.element_type, x.token_id, $10, x.data
  from jsonb_to_recordset($12::jsonb) as x(seq int, kind text, element_id text, element_type text, token_id text, data jsonb)
)
select count(*)::int as inserted from i
