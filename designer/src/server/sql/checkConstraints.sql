-- The CHECK constraints of the tables in $1 (current schema), as PostgreSQL prints them: what vocabulary.test.ts
-- compares with the designer's words (VersionKinds).
select c.relname as table_name, pg_get_constraintdef(con.oid) as definition
from pg_constraint con
join pg_class c on c.oid = con.conrelid
join pg_namespace n on n.oid = c.relnamespace
where n.nspname = current_schema() and con.contype = 'c' and c.relname = any($1::text[])
order by 1, 2
