-- Long-polling fetchAndLock: the next moment a task of these topics becomes fetchable without any notification
-- (a lock expires, a retry timeout passes), so a waiting request wakes then instead of at its timeout.
-- $1 topics, $2 now
select min(t) as next_at from (
  select lock_expires_at as t from external_task
  where topic = any($1::text[]) and lock_expires_at > $2 and (retries is null or retries > 0)
  union all
  select retry_at from external_task
  where topic = any($1::text[]) and retry_at > $2 and (retries is null or retries > 0)
) due
