-- Everything a token armed (task, external task, timers, subscriptions) goes in one round trip.
with t as (delete from task where instance_id = $1 and token_id = any($2::text[])),
     e as (delete from external_task where instance_id = $1 and token_id = any($2::text[])),
     j as (delete from job where instance_id = $1 and token_id = any($2::text[]))
delete from event_subscription where instance_id = $1 and token_id = any($2::text[])
