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
