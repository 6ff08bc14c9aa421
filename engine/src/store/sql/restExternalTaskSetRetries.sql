-- PUT /engine-rest/external-task/{id}/retries. Same effect as externalTaskSetRetries.sql (retries above 0 resolve
-- the task's failedExternalTask incident), with $1 typed as uuid: that query's `$1::text` makes PostgreSQL type $1
-- as text, and `where id = $1` then fails (uuid = text) on PGlite and PostgreSQL alike.
with resolved as (
  delete from incident where configuration = $1::uuid::text and type = 'failedExternalTask' and $2::int > 0
)
update external_task set retries = $2::int, retry_at = null where id = $1::uuid
