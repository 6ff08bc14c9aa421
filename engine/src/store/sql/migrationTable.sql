-- The migrations a database has had; run under migrationLock, so concurrent creation cannot race.
create table if not exists cauce_migration (
  id int primary key,
  name text not null,
  breaking boolean not null,
  applied_at timestamptz not null default now()
)
