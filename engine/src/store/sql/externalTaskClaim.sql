-- Set-based claiming (graphile-worker style): pick ready tasks of one topic in priority order, skipping rows
-- another engine process is claiming right now, then lock them in the same statement.
with picked as (
  select id from external_task
  where topic = $1
    and (lock_expires_at is null or lock_expires_at < $4)
    and (retries is null or retries > 0)
    and (retry_at is null or retry_at <= $4)
    and ($6::text[] is null or business_key = any($6::text[]))
    and ($7::text[] is null or definition_key = any($7::text[]))
  order by priority desc, created_at
  limit $2
  for update skip locked
)
update external_task t set worker_id = $3, lock_expires_at = $5
from picked where t.id = picked.id
returning t.*
