-- Retries above 0 resolve the task's failedExternalTask incident.
with resolved as (delete from incident where configuration = $1::uuid::text and type = 'failedExternalTask' and $2::int > 0)
update external_task set retries = $2::int, retry_at = null where id = $1::uuid
