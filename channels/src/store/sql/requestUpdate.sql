-- Saves what commands change on a request; state and responsible only while it is not closed.
update service_request set
  citizen_id = coalesce(citizen_id, $2),
  protected_person = protected_person or $3,
  state = case when closed_at is null then $4 else state end,
  responsible = case when closed_at is null then $5 else responsible end,
  updated_at = $6
where id = $1
