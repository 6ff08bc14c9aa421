-- Inserts a started instance and the history of its first run: one round trip.
-- $1…$11 the instance's columns, $12 history events (jsonb array; rev 1), $13 started by key: then nothing is
-- inserted (`inserted` = 0) unless $2 is still the latest version of key $3 (the engine caches it; another engine
-- process may have deployed a newer version since).
with i as (
  insert into process_instance (id, definition_id, definition_key, business_key, parent_instance_id, parent_token_id, root_instance_id, state, rev, data, started_at, ended_at)
  select $1::uuid, $2::text, $3::text, $4::text, $5::uuid, $6::text, $7::uuid, $8::text, 1, $9::jsonb, $10::timestamptz, $11::timestamptz
  where not $13::boolean or $2::text = (select d.id from process_definition d where d.key = $3::text order by d.version desc limit 1)
  returning id
),
h as (
  insert into history_event (instance_id, rev, seq, kind, element_id, element_type, token_id, at, data)
  select $1::uuid, 1, x.seq, x.kind, x.element_id, x.element_type, x.token_id, $10::timestamptz, x.data
  from jsonb_to_recordset($12::jsonb) as x(seq int, kind text, element_id text, element_type text, token_id text, data jsonb)
  where exists (select 1 from i)
)
select count(*)::int as inserted from i
