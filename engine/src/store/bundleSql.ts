import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Migration } from './Migration';

/** @public */
export interface SqlBundle {
  migrations: Migration[];
  queries: Record<string, string>;
  /** The text of generated/sql.ts. */
  source: string;
}

/** Where a bundle's files are and what its generated module says about itself. @public */
export interface SqlBundleOptions {
  /** folder of `NNNNNN_name.sql` migrations (default engine/sql/migrations) */
  migrations?: string;
  /** folder of `name.sql` named queries (default engine/src/store/sql) */
  queries?: string;
  /** the generated module's first lines: who writes it, and how to run that again */
  banner?: string[];
  /** where the generated module imports the `Migration` type from (default `'../Migration'`) */
  migrationType?: string;
  /**
   * where the generated module imports `Sql` and the `QueryRows` interface (each query's row type) from: each query
   * is then typed `Sql<QueryRows[name]>`, and tsc fails on a query without a row type or a row type without a
   * query. Default: the engine's (`'../Db'`, `'../QueryRows'`) for the engine's own queries folder; none otherwise.
   */
  rowTypes?: { sql: string; queryRows: string };
}

/**
 * Reads numbered migrations (`NNNNNN_name.sql`, ids 1, 2, 3… without gaps) and named queries (`name.sql`) and
 * renders them as one TypeScript module (the engine's generated/sql.ts by default), so pg and PGlite run the same
 * text and nothing reads the file system at run time. Build time only: `build:sql` (engine, channels) writes the
 * module, and a test in each package fails when the committed one is stale.
 * @public
 */
export function bundleSql(opts: SqlBundleOptions = {}): SqlBundle {
  const migrationsDir = opts.migrations ?? fileURLToPath(new URL('../../sql/migrations/', import.meta.url));
  const queriesDir = opts.queries ?? fileURLToPath(new URL('./sql/', import.meta.url));
  const migrations = sqlFiles(migrationsDir).map(({ file, sql }) => parseMigration(file, sql));
  migrations.forEach((m, i) => {
    if (m.id !== i + 1)
      throw new Error(`migration ids must run 1, 2, 3… without gaps; found ${m.id} at position ${i + 1}`);
  });
  const queries: Record<string, string> = {};
  for (const { file, sql } of sqlFiles(queriesDir)) {
    const name = /^([a-z][A-Za-z0-9]*)\.sql$/.exec(file)?.[1];
    if (!name) throw new Error(`query file '${file}' must be named like claimExternalTasks.sql`);
    queries[name] = sql;
  }
  for (const [name, sql] of Object.entries(queries)) {
    const count = countQueryOf(name, sql);
    if (!count) continue;
    if (queries[count.name] !== undefined)
      throw new Error(`${count.name} is derived from ${name}.sql (--! count); remove ${count.name}.sql`);
    queries[count.name] = count.sql;
  }
  const sorted = Object.fromEntries(Object.entries(queries).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  const rowTypes = opts.rowTypes ?? (opts.queries === undefined ? ENGINE_ROW_TYPES : undefined);
  return { migrations, queries: sorted, source: render(migrations, sorted, { ...opts, rowTypes }) };
}

// helpers
function sqlFiles(dir: string): { file: string; sql: string }[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.sql'))
    .sort()
    .map((file) => ({ file, sql: readFileSync(`${dir}/${file}`, 'utf8') }));
}

function parseMigration(file: string, sql: string): Migration {
  const match = /^(\d{6})_([a-z0-9_]+)\.sql$/.exec(file);
  if (!match) throw new Error(`migration file '${file}' must be named like 000001_init.sql`);
  const firstLine = sql.split('\n', 1)[0];
  return { id: Number(match[1]), name: match[2], breaking: firstLine.includes('--! breaking-change'), sql };
}

/**
 * A list query marked `--! count` (named `…List`) also yields `…Count`: its rows without `order by`, `offset` and
 * `limit`, counted. Its WHERE is written once, so a list and its count cannot filter differently. The list must end
 * in `order by …` then `offset $n::bigint limit $m::bigint`, with those two the last parameters, so the count takes
 * the same parameters minus those two. PostgreSQL flattens the wrapped list: the columns the count does not read,
 * scalar subqueries included, are never computed.
 */
function countQueryOf(name: string, sql: string): { name: string; sql: string } | undefined {
  if (!/^--! count\b/m.test(sql)) return undefined;
  const shape = /^([\s\S]*?)\norder by [^\n]*\noffset \$(\d+)::bigint limit \$(\d+)::bigint\s*$/.exec(sql);
  if (!name.endsWith('List') || !shape)
    throw new Error(
      `${name}.sql (--! count) must be named …List and end in 'order by …' then 'offset $n::bigint limit $m::bigint'`,
    );
  const body = shape[1].replace(/^(--[^\n]*\n)+/, '');
  const [offset, limit] = [Number(shape[2]), Number(shape[3])];
  const highest = Math.max(0, ...[...body.matchAll(/\$(\d+)/g)].map((m) => Number(m[1])));
  if (offset !== highest + 1 || limit !== highest + 2)
    throw new Error(
      `${name}.sql (--! count): offset and limit must be the last parameters, $${highest + 1} and $${highest + 2}`,
    );
  return {
    name: `${name.slice(0, -'List'.length)}Count`,
    sql:
      `-- Derived by bundleSql from ${name}.sql (--! count): the rows it lists, counted.\n` +
      `select count(*)::int as count from (\n${body}\n) listed\n`,
  };
}

const ENGINE_BANNER = [
  '// Generated by engine/scripts/build-sql.ts from engine/sql/migrations/*.sql and engine/src/store/sql/*.sql.',
  '// Do not edit: change the .sql files and run `pnpm --filter @cauce/engine build:sql` (bundleSql.test.ts checks).',
];

const ENGINE_ROW_TYPES = { sql: '../Db', queryRows: '../QueryRows' };

function render(
  migrations: Migration[],
  queries: Record<string, string>,
  opts: Pick<SqlBundleOptions, 'banner' | 'migrationType' | 'rowTypes'>,
): string {
  const { rowTypes } = opts;
  const named = Object.entries(queries).map(([name, sql]) => `  ${name}: ${literal(sql)},`);
  const typed = rowTypes
    ? [
        'const texts = {',
        ...named,
        '} satisfies Record<keyof QueryRows, string>;',
        '',
        '/** Every named query, typed with its rows (QueryRows). */',
        'export const queries = texts as { readonly [K in keyof typeof texts]: Sql<QueryRows[K]> };',
      ]
    : ['export const queries = {', ...named, '} satisfies Record<string, string>;'];
  const lines = [
    ...(opts.banner ?? ENGINE_BANNER),
    `import type { Migration } from '${opts.migrationType ?? '../Migration'}';`,
    ...(rowTypes
      ? [`import type { Sql } from '${rowTypes.sql}';`, `import type { QueryRows } from '${rowTypes.queryRows}';`]
      : []),
    '',
    'export const migrations: readonly Migration[] = [',
    ...migrations.flatMap((m) => [
      '  {',
      `    id: ${m.id},`,
      `    name: ${JSON.stringify(m.name)},`,
      `    breaking: ${m.breaking},`,
      `    sql: ${literal(m.sql)},`,
      '  },',
    ]),
    '];',
    '',
    ...typed,
    '',
  ];
  return lines.join('\n');
}

/** A template literal keeps the SQL readable in the generated file and its diffs. */
function literal(text: string): string {
  return '`' + text.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${') + '`';
}
