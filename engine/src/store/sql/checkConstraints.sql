-- The CHECK constraints of the current schema's tables as PostgreSQL prints them, for checkedColumns.test.ts.
select r.relname as table_name, pg_get_constraintdef(c.oid) as definition
from pg_constraint c
join pg_class r on r.oid = c.conrelid
join pg_namespace n on n.oid = r.relnamespace
where c.contype = 'c' and n.nspname = current_schema()
order by r.relname, c.conname
