import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { bundleSql } from './bundleSql';

describe('bundleSql', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  });

  it('matches the committed generated/sql.ts (run `pnpm --filter @cauce/engine build:sql` when this fails)', () => {
    // given
    const committed = readFileSync(new URL('./generated/sql.ts', import.meta.url), 'utf8');
    // when
    const { source } = bundleSql();
    // then
    expect(source).toBe(committed);
  });

  it('bundles migrations in id order with their breaking flag, and named queries, text unchanged', async () => {
    // given
    dir = mkdtempSync(join(tmpdir(), 'cauce-bundle-'));
    const files = {
      'migrations/000002_add_thing.sql':
        "--! breaking-change\nalter table a add column `odd` text default '${x}\\n';\n",
      'migrations/000001_init.sql': 'create table a (id int);\n',
      'queries/thingSelect.sql': 'select * from a where id = $1\n',
      'queries/README.md': 'not sql',
    };
    writeTree(dir, files);
    // when
    const bundle = bundleSql({ migrations: join(dir, 'migrations'), queries: join(dir, 'queries') });
    writeFileSync(
      join(dir, 'sql.ts'),
      bundle.source.replace("'../Migration'", `'${new URL('./Migration', import.meta.url).pathname}'`),
    );
    const loaded = await import(join(dir, 'sql.ts'));
    // then
    expect(bundle.migrations).toEqual([
      { id: 1, name: 'init', breaking: false, sql: files['migrations/000001_init.sql'] },
      { id: 2, name: 'add_thing', breaking: true, sql: files['migrations/000002_add_thing.sql'] },
    ]);
    expect(bundle.queries).toEqual({ thingSelect: files['queries/thingSelect.sql'] });
    expect(loaded.migrations).toEqual(bundle.migrations);
    expect(loaded.queries).toEqual(bundle.queries);
  });

  it('derives thingCount from thingList.sql marked --! count: its rows without order, offset and limit, counted', () => {
    // given
    dir = mkdtempSync(join(tmpdir(), 'cauce-bundle-'));
    writeTree(dir, {
      'migrations/.keep': '',
      'queries/thingList.sql':
        '--! count\n-- things, filtered\nselect id, (select 1) as x from a\nwhere ($1::int is null or id = $1)\norder by id\noffset $2::bigint limit $3::bigint\n',
    });
    // when
    const bundle = bundleSql({ migrations: join(dir, 'migrations'), queries: join(dir, 'queries') });
    // then
    expect(Object.keys(bundle.queries)).toEqual(['thingCount', 'thingList']);
    expect(bundle.queries.thingCount).toBe(
      '-- Derived by bundleSql from thingList.sql (--! count): the rows it lists, counted.\n' +
        'select count(*)::int as count from (\nselect id, (select 1) as x from a\nwhere ($1::int is null or id = $1)\n) listed\n',
    );
  });

  it.each([
    [
      { 'queries/thingSelect.sql': '--! count\nselect id from a order by id\noffset $1::bigint limit $2::bigint\n' },
      /named …List/,
    ],
    [{ 'queries/thingList.sql': '--! count\nselect id from a order by id\n' }, /end in 'order by …'/],
    [
      {
        'queries/thingList.sql':
          '--! count\nselect id from a where id = $3\norder by id\noffset $1::bigint limit $2::bigint\n',
      },
      /must be the last parameters, \$4 and \$5/,
    ],
    [
      {
        'queries/thingList.sql': '--! count\nselect id from a\norder by id\noffset $1::bigint limit $2::bigint\n',
        'queries/thingCount.sql': 'select count(*) from a\n',
      },
      /thingCount is derived from thingList.sql/,
    ],
  ])('refuses a --! count list it cannot derive a count from %#', (files, error) => {
    // given
    dir = mkdtempSync(join(tmpdir(), 'cauce-bundle-'));
    writeTree(dir, { 'migrations/.keep': '', ...files });
    // when
    const run = () => bundleSql({ migrations: join(dir!, 'migrations'), queries: join(dir!, 'queries') });
    // then
    expect(run).toThrow(error);
  });

  it('types each query with its rows when given row types: tsc then fails on a query without one', () => {
    // given
    dir = mkdtempSync(join(tmpdir(), 'cauce-bundle-'));
    writeTree(dir, { 'migrations/.keep': '', 'queries/thingSelect.sql': 'select id from a\n' });
    // when
    const { source } = bundleSql({
      migrations: join(dir, 'migrations'),
      queries: join(dir, 'queries'),
      rowTypes: { sql: './Db', queryRows: './QueryRows' },
    });
    // then
    expect(source).toContain("import type { Sql } from './Db';\nimport type { QueryRows } from './QueryRows';");
    expect(source).toContain(
      'const texts = {\n  thingSelect: `select id from a\n`,\n} satisfies Record<keyof QueryRows, string>;',
    );
    expect(source).toContain(
      'export const queries = texts as { readonly [K in keyof typeof texts]: Sql<QueryRows[K]> };',
    );
  });

  it.each([
    [{ 'migrations/1_init.sql': '' }, /must be named like 000001_init.sql/],
    [{ 'migrations/000001_a.sql': '', 'migrations/000003_c.sql': '' }, /without gaps; found 3 at position 2/],
    [{ 'queries/claim-tasks.sql': '' }, /must be named like claimExternalTasks.sql/],
  ])('refuses badly named or numbered files %#', (files, error) => {
    // given
    dir = mkdtempSync(join(tmpdir(), 'cauce-bundle-'));
    writeTree(dir, { 'migrations/.keep': '', 'queries/.keep': '', ...files });
    // when
    const run = () => bundleSql({ migrations: join(dir!, 'migrations'), queries: join(dir!, 'queries') });
    // then
    expect(run).toThrow(error);
  });
});

// helpers
function writeTree(root: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    const full = join(root, path);
    mkdirSync(full.slice(0, full.lastIndexOf('/')), { recursive: true });
    writeFileSync(full, text);
  }
}
