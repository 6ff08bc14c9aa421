-- Serialises deployments of one key across engine processes (transaction-scoped advisory lock).
select pg_advisory_xact_lock(hashtext('cauce:definition:' || $1)), coalesce((select max(version) from process_definition where key = $1), 0) + 1 as version
