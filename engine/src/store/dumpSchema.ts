import type { Queryable } from './Db';
import { queries } from './generated/sql';

/**
 * The schema of the current schema as stable SQL text: enums, sequences, tables with columns and constraints,
 * other indexes, views (columns only), functions, triggers. Built from the catalogs (no pg_dump binary), identical on
 * PostgreSQL and PGlite. `engine/test/schema.sql` is this after all migrations; a test fails when it drifts.
 * @public
 */
export async function dumpSchema(q: Queryable): Promise<string> {
  const { rows } = await q.query<Row>(queries.schemaDump);
  rows.sort(byKindOwnerPosition);
  const out: string[] = [];
  for (const row of rows.filter((r) => r.kind === 'enum')) {
    out.push(`create type ${row.name} as enum (${row.definition});`);
  }
  for (const row of rows.filter((r) => r.kind === 'sequence'))
    out.push(`create sequence ${row.name} as ${row.definition};`);
  for (const table of rows.filter((r) => r.kind === 'table')) {
    const body = [
      ...rows.filter((r) => r.kind === 'column' && r.owner === table.name).map((r) => r.definition),
      ...rows
        .filter((r) => r.kind === 'constraint' && r.owner === table.name)
        .map((r) => `constraint ${r.name} ${r.definition}`),
    ];
    out.push(`create table ${table.name} (\n${body.map((line) => `  ${line}`).join(',\n')}\n);`);
    for (const index of rows.filter((r) => r.kind === 'index' && r.owner === table.name))
      out.push(`${index.definition};`);
  }
  for (const view of rows.filter((r) => r.kind === 'view')) {
    const columns = rows.filter((r) => r.kind === 'column' && r.owner === view.name).map((r) => `  ${r.definition}`);
    out.push(
      `-- columns only: PostgreSQL 15 and 16+ print a view's body differently\ncreate view ${view.name} (\n${columns.join(',\n')}\n);`,
    );
  }
  for (const row of rows.filter((r) => r.kind === 'function')) out.push(`${row.definition.trim()};`);
  for (const row of rows.filter((r) => r.kind === 'trigger')) out.push(`${row.definition};`);
  return `${out.join('\n\n')}\n`;
}

// helpers
interface Row {
  kind: string;
  owner: string;
  position: number;
  name: string;
  definition: string;
}

/** Code-point order, not the database collation, so PGlite and PostgreSQL agree. */
function byKindOwnerPosition(a: Row, b: Row): number {
  return cmp(a.kind, b.kind) || cmp(a.owner, b.owner) || a.position - b.position || cmp(a.name, b.name);
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
