-- Cauce designer: the procedures specialists edit, their draft (one per procedure, optimistic revision), every
-- save kept with its author and time, and the versions published from it. Runs after the engine's migrations
-- (same schema), recorded in designer_migration. Same text on PostgreSQL and PGlite.
-- A draft's and a version's `files` is the package's files map { "procedure.json": "…", "process.bpmn": "…" }:
-- the same bytes the zip export holds and `cauce validate --conventions` reads.

create table designer_procedure (
  id text primary key check (id ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(id) <= 64),
  created_by text not null,
  created_at timestamptz not null,
  archived_at timestamptz,
  archived_by text,
  check ((archived_at is null) = (archived_by is null))
);

-- The draft being edited: `rev` grows by one on every save (If-Match), so a stale save is refused, never merged.
create table designer_draft (
  procedure_id text primary key references designer_procedure (id),
  rev int not null check (rev >= 1),
  files jsonb not null,
  updated_by text not null,
  updated_at timestamptz not null
);

-- Every save of a draft, kept: "versioned with author and time".
create table designer_draft_revision (
  procedure_id text not null references designer_procedure (id),
  rev int not null check (rev >= 1),
  files jsonb not null,
  author text not null,
  saved_at timestamptz not null,
  primary key (procedure_id, rev)
);

-- A published version: a publish of the draft, or a rollback (an earlier version's files published again).
create table designer_version (
  procedure_id text not null references designer_procedure (id),
  version int not null check (version >= 1),
  files jsonb not null,
  kind text not null check (kind in ('publish', 'rollback')),
  from_version int,
  reason text not null,
  published_by text not null,
  published_at timestamptz not null,
  deployment_id text,
  primary key (procedure_id, version),
  check ((kind = 'rollback') = (from_version is not null))
);
