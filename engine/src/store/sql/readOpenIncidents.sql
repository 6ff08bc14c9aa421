-- Unresolved incidents of an instance, oldest first.
select id, element_id, type, message, created_at from incident where instance_id = $1 and resolved_at is null order by created_at
