create table if not exists channels_migration (
  id int primary key,
  name text not null,
  breaking boolean not null,
  applied_at timestamptz not null default now()
)
