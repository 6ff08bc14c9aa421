import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Db } from './Db';
import { openDb } from './openDb';
import { openPostgres } from './openPostgres';

const url = process.env.DATABASE_URL;

describe.runIf(url)('openPostgres', () => {
  it('opens PostgreSQL given a URL, creating the schema once when several pools open it at once, and uses only it', async () => {
    // given
    const schema = `t_${randomBytes(6).toString('hex')}`;
    // when
    const dbs = await Promise.all([1, 2, 3].map(() => openDb({ url: url!, schema })));
    await dbs[0].query('create table here (id int)');
    const { rows } = await dbs[1].query(
      "select array_to_string(current_schemas(false), ',') as path, to_regclass('here')::text as here, to_regclass('public.here')::text as public_here",
    );
    await dropAndClose(dbs, schema);
    // then
    expect(dbs.map((db) => db.kind)).toEqual(['postgres', 'postgres', 'postgres']);
    expect(rows).toEqual([{ path: schema, here: 'here', public_here: null }]);
  });

  it('runs at most `size` connections', async () => {
    // given
    const db = await openPostgres({ url: url!, size: 2 });
    // when: four transactions that each hold their connection for a while
    const pids = await Promise.all(
      [1, 2, 3, 4].map(() =>
        db.tx(async (q) => (await q.query('select pg_backend_pid() as pid, pg_sleep(0.05)')).rows[0].pid as number),
      ),
    );
    await db.close();
    // then
    expect(new Set(pids).size).toBe(2);
  });

  it('listens again after losing its LISTEN connection', async () => {
    // given
    const name = `cauce test ${randomBytes(4).toString('hex')}`;
    const db = await openPostgres({ url: url!, applicationName: name });
    const received: string[] = [];
    await db.listen('after loss', (payload) => received.push(payload));
    // when: the server ends the listening connection; the listener reconnects after 1 s
    await db.query('select pg_terminate_backend(pid) from pg_stat_activity where application_name = $1', [`${name} listen`]);
    await waitFor(async () => {
      const { rows } = await db.query('select 1 from pg_stat_activity where application_name = $1', [`${name} listen`]);
      return rows.length > 0;
    });
    await new Promise((resolve) => setTimeout(resolve, 100)); // the LISTEN runs right after connecting
    await db.query("select pg_notify('after loss', 'back')");
    await waitFor(async () => received.length > 0);
    await db.close();
    // then
    expect(received).toEqual(['back']);
  });
});

// helpers
async function dropAndClose(dbs: Db[], schema: string): Promise<void> {
  await dbs[0].query(`drop schema ${schema} cascade`);
  await Promise.all(dbs.map((db) => db.close()));
}

async function waitFor(condition: () => Promise<boolean>, timeoutMs = 5000): Promise<void> {
  const start = Date.now();
  while (!(await condition())) {
    if (Date.now() - start > timeoutMs) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
