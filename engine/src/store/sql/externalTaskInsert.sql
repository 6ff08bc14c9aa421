-- Insert and wake long-polling fetchAndLock requests on every engine process (delivered at commit).
with ins as (
  insert into external_task (id, instance_id, token_id, definition_id, definition_key, element_id, business_key, topic, priority, retries, created_at)
  values ($1, $2, $3, $4, $5, $6, $7, $8, $9, null, $10)
  returning topic
)
select pg_notify('cauce_external_task', topic) from ins
