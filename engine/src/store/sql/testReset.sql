-- Empties a reused test database (testing.ts): every table of the current schema except the migration record,
-- sequences restarted; session settings and advisory locks a test may have left behind are dropped.
reset all;
select pg_advisory_unlock_all();
do $$
declare
  tables text;
begin
  select string_agg(format('%I', tablename), ', ' order by tablename) into tables
  from pg_tables where schemaname = current_schema() and tablename <> 'cauce_migration';
  if tables is not null then
    execute 'truncate ' || tables || ' restart identity cascade';
  end if;
end
$$;
