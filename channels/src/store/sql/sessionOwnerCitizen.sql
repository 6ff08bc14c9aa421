-- The citizen a citizen viewer proved to be: the latest identified session they own.
select citizen_id from session where owner_user_id = $1 and identification_reached >= 1 and citizen_id is not null order by updated_at desc limit 1
