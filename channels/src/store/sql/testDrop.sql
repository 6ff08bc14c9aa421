-- Test support: removes every channels table, so a reused PGlite test database matches the engine's template again.
drop table if exists audit_log, session_submission, step_answer, session, service_request, procedure_package, channels_migration cascade
