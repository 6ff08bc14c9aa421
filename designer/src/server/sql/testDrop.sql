-- Test support: removes every designer table, so a reused PGlite test database matches the engine's template again.
drop table if exists designer_version, designer_draft_revision, designer_draft, designer_procedure, designer_migration cascade
