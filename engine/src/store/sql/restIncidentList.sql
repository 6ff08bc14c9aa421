--! count (bundleSql derives restIncidentCount from this file: the rows it lists, counted)
-- GET /engine-rest/incident (and /count): open incidents. A null parameter switches its filter off.
-- $1 id, $2 type, $3 message, $4 definition id, $5 definition keys, $6 instance id, $7 execution (token) id,
-- $8 activity id, $9 configuration, $10 offset, $11 limit (null: all)
select x.id, x.instance_id, x.definition_id, x.token_id, x.element_id, x.type, x.message, x.configuration, x.created_at
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
order by x.created_at, x.id
offset $10::bigint limit $11::bigint
