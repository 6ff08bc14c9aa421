-- Serialises channels migrators of one schema until their transaction ends.
select pg_advisory_xact_lock(hashtext('channels_migration'), hashtext(coalesce(current_schema(), '')))
