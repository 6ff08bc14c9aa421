with picked as (
  select id from job
  where due_at <= $1 and (lock_expires_at is null or lock_expires_at < $1) and retries > 0
  order by due_at
  limit $2
  for update skip locked
)
update job j set locked_by = $3, lock_expires_at = $4
from picked where j.id = picked.id
returning j.*
