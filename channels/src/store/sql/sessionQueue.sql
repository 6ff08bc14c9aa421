select s.id, s.reference, s.procedure_id, s.queue_reason, s.queued_at, s.protected_person
from session s
where s.queue_level = $1 and s.superseded_by is null and s.state = 'active'
order by s.queued_at, s.id
limit $2
