select s.id, s.instance_id, s.definition_id, s.token_id, s.element_id, i.business_key
from event_subscription s left join process_instance i on i.id = s.instance_id
where s.kind = 'message' and s.name = $1
  and ($2::uuid is null or s.instance_id = $2)
  and ($3::text is null or s.instance_id is null or i.business_key = $3)
order by s.created_at
