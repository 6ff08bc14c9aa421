-- Serialises designer migrators of one schema until their transaction ends.
select pg_advisory_xact_lock(hashtext('designer_migration'), hashtext(coalesce(current_schema(), '')))
