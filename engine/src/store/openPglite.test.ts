import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDb } from './openDb';
import { openPglite } from './openPglite';
import { pgliteTemplate } from './pgliteTemplate';

describe('openPglite', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  });

  it('starts from a dump and keeps its data in dataDir across reopening', async () => {
    // given
    dir = mkdtempSync(join(tmpdir(), 'cauce-pglite-'));
    const first = await openPglite({ dataDir: dir, loadDataDir: await pgliteTemplate() });
    await first.query("insert into deployment (id, name) values (gen_random_uuid(), 'kept')");
    await first.close();
    // when
    const reopened = await openDb({ dataDir: dir });
    const { rows } = await reopened.query('select name from deployment');
    await reopened.close();
    // then
    expect(reopened.kind).toBe('pglite');
    expect(rows).toEqual([{ name: 'kept' }]);
  });

  it('queues a plain query issued during a transaction until the transaction ends', async () => {
    // given
    const db = await openPglite({ loadDataDir: await pgliteTemplate() });
    const events: string[] = [];
    // when
    await db.tx(async (q) => {
      await q.query("insert into deployment (id, name) values (gen_random_uuid(), 'in tx')");
      void db.query('select count(*)::int as n from deployment').then((r) => events.push(`outside saw ${r.rows[0].n}`));
      await new Promise((resolve) => setTimeout(resolve, 30));
      await q.query('select 1');
      events.push('tx body done');
    });
    await db.query('select 1');
    await db.close();
    // then: it neither ran inside the transaction nor beside it
    expect(events).toEqual(['tx body done', 'outside saw 1']);
  });
});
