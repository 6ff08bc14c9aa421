-- GET /engine-rest/incident/count: the filters $1…$9 of restIncidentList.sql.
select count(*)::int as count
from incident x
join process_instance i on i.id = x.instance_id
where x.resolved_at is null
  and ($1::uuid is null or x.id = $1)
  and ($2::text is null or x.type = $2)
  and ($3::text is null or x.message = $3)
  and ($4::text is null or x.definition_id = $4)
  and ($5::text[] is null or i.definition_key = any($5::text[]))
  and ($6::uuid is null or x.instance_id = $6)
  and ($7::text is null or x.token_id = $7)
  and ($8::text is null or x.element_id = $8)
  and ($9::text is null or x.configuration = $9)
