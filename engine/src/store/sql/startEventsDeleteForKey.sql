-- A new version replaces the message and timer start events of older versions of the same key.
with s as (delete from event_subscription where instance_id is null and definition_id in (select id from process_definition where key = $1))
delete from job where instance_id is null and definition_id in (select id from process_definition where key = $1)
