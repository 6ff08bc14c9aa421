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
    await db.query('select pg_terminate_backend(pid) from pg_stat_activity where application_name = $1', [
      `${name} listen`,
    ]);
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

  it('prepares a statement with parameters once per connection, named by its text', async () => {
    // given: one connection, so every statement lands on the same one
    const db = await openPostgres({ url: url!, size: 1 });
    const text = 'select $1::int + 1 as n';
    // when
    const answers = [await db.query(text, [1]), await db.query(text, [2]), await db.tx((q) => q.query(text, [3]))];
    const { rows } = await db.query('select name, statement from pg_prepared_statements where statement = $1', [text]);
    await db.close();
    // then
    expect(answers.map((a) => a.rows[0].n)).toEqual([2, 3, 4]);
    expect(rows).toEqual([{ name: expect.stringMatching(/^cauce_[0-9a-f]{24}$/), statement: text }]);
  });

  it('runs a select * prepared before a column was added again unnamed: on the retry inside a transaction, at once outside', async () => {
    // given: one connection, a table and a select * on it prepared inside a transaction
    const schema = `t_${randomBytes(6).toString('hex')}`;
    const db = await openPostgres({ url: url!, schema, size: 1 });
    await db.query('create table thing (id int)');
    await db.query('insert into thing values (1)');
    const inside = 'select * from thing where id >= $1';
    await db.tx((q) => q.query(inside, [1]));
    // when: a column is added, then the statement runs twice in a transaction
    await db.query('alter table thing add column name text');
    const first = await db.tx((q) => q.query(inside, [1])).catch((err: { code?: string }) => err.code);
    const retried = await db.tx((q) => q.query(inside, [1]));
    // and when: another select * prepared outside a transaction, another column, the same statement again
    const outside = 'select * from thing where id = $1';
    await db.query(outside, [1]);
    await db.query('alter table thing add column note text');
    const again = await db.query(outside, [1]);
    await db.query(`drop schema ${schema} cascade`);
    await db.close();
    // then
    expect(first).toBe('0A000');
    expect(retried.rows).toEqual([{ id: 1, name: null }]);
    expect(again.rows).toEqual([{ id: 1, name: null, note: null }]);
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
