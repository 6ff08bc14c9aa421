create table if not exists designer_migration (
  id int primary key,
  name text not null,
  breaking boolean not null,
  applied_at timestamptz not null default now()
)
