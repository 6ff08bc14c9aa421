-- Non-system schemas and the migration record: with dumpSchema, what a test must leave unchanged for its
-- PGlite database to be reused (testing.ts).
select
  (select string_agg(nspname, ',' order by nspname) from pg_namespace
   where nspname not in ('pg_catalog', 'information_schema') and nspname not like 'pg\_toast%') as schemas,
  (select string_agg(id || ':' || breaking, ',' order by id) from cauce_migration) as migrations
