-- Retries above 0 resolve the task's failedExternalTask incident.
with resolved as (delete from incident where configuration = $1::text and type = 'failedExternalTask' and $2 > 0)
update external_task set retries = $2, retry_at = null where id = $1
