-- Serialises migrators of one schema until their transaction ends (several engines may start at once).
-- Keyed by schema, so engines in other schemas of the same database do not wait for each other.
select pg_advisory_xact_lock(hashtext('cauce_migration'), hashtext(coalesce(current_schema(), '')))
