-- An ended instance keeps its row and history; its open work goes.
with t as (delete from task where instance_id = $1),
     e as (delete from external_task where instance_id = $1),
     j as (delete from job where instance_id = $1)
delete from event_subscription where instance_id = $1
