-- Saves a run of an instance where its rev is unchanged (optimistic lock) and, only when it was saved, writes the
-- run's history and removes what its finished tokens had armed (all the instance's open work when it ended):
-- one round trip. `updated` is 0 when another command changed the instance first; then nothing was written.
-- $1 id, $2 rev read, $3 data, $4 state, $5 ended_at, $6 history events (jsonb array), $7 their time,
-- $8 tokens whose task, external task, timers and subscriptions go, $9 ended (all of them go).
with u as (
  update process_instance set rev = rev + 1, data = $3, state = $4, ended_at = $5
  where id = $1::uuid and rev = $2::int
  returning id
),
h as (
  insert into history_event (instance_id, rev, seq, kind, element_id, element_type, token_id, at, data)
  select $1::uuid, $2::int + 1, x.seq, x.kind, x.element_id, x.element_type, x.token_id, $7, x.data
  from jsonb_to_recordset($6::jsonb) as x(seq int, kind text, element_id text, element_type text, token_id text, data jsonb)
  where exists (select 1 from u)
),
t as (
  delete from task where exists (select 1 from u) and ($9::boolean or cardinality($8::text[]) > 0)
    and instance_id = $1::uuid and ($9::boolean or token_id = any($8::text[]))
),
e as (
  delete from external_task where exists (select 1 from u) and ($9::boolean or cardinality($8::text[]) > 0)
    and instance_id = $1::uuid and ($9::boolean or token_id = any($8::text[]))
),
j as (
  delete from job where exists (select 1 from u) and ($9::boolean or cardinality($8::text[]) > 0)
    and instance_id = $1::uuid and ($9::boolean or token_id = any($8::text[]))
),
s as (
  delete from event_subscription where exists (select 1 from u) and ($9::boolean or cardinality($8::text[]) > 0)
    and instance_id = $1::uuid and ($9::boolean or token_id = any($8::text[]))
)
select count(*)::int as updated from u
