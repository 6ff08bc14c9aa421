import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db, Queryable } from './Db';
import { databasesUnderTest } from './testing';

// The Db contract, on every database under test: what engine code may rely on whichever adapter runs it.
describe.each(databasesUnderTest())('Db on $name', (d) => {
  let db: Db;
  beforeEach(async () => {
    db = await d.open();
  });
  afterEach(() => db.close());

  it('commits a transaction and returns its value', async () => {
    // given
    const id = randomUUID();
    // when
    const value = await db.tx(async (q) => {
      await q.query('insert into deployment (id, name) values ($1, $2)', [id, 'a']);
      return 42;
    });
    // then
    expect(value).toBe(42);
    expect((await db.query('select name from deployment where id = $1', [id])).rows).toEqual([{ name: 'a' }]);
  });

  it('rolls a transaction back when fn throws, and rethrows', async () => {
    // given
    const boom = new Error('boom');
    // when
    const outcome = db.tx(async (q) => {
      await q.query('insert into deployment (id) values ($1)', [randomUUID()]);
      throw boom;
    });
    // then
    await expect(outcome).rejects.toBe(boom);
    expect((await db.query('select count(*)::int as n from deployment')).rows[0].n).toBe(0);
  });

  it('rolls back after a failed statement and stays usable', async () => {
    // given
    const id = randomUUID();
    await db.query('insert into deployment (id) values ($1)', [id]);
    // when
    const outcome = db.tx(async (q) => {
      await q.query('update deployment set name = $2 where id = $1', [id, 'changed']);
      await q.query('insert into deployment (id) values ($1)', [id]); // duplicate key
    });
    // then
    await expect(outcome).rejects.toMatchObject({ code: '23505' });
    expect((await db.query('select name from deployment where id = $1', [id])).rows).toEqual([{ name: null }]);
  });

  it('never shows uncommitted writes to a query outside the transaction', async () => {
    // given
    let outside: Promise<number> | undefined;
    // when: a plain query is issued while the transaction holds an uncommitted row, which is then rolled back
    await db
      .tx(async (q) => {
        await q.query('insert into deployment (id) values ($1)', [randomUUID()]);
        outside = db.query('select count(*)::int as n from deployment').then((r) => r.rows[0].n);
        await new Promise((resolve) => setTimeout(resolve, 20));
        throw new Error('rollback');
      })
      .catch(() => undefined);
    // then: PostgreSQL ran it beside the transaction, PGlite queued it behind; neither saw the row
    expect(await outside).toBe(0);
  });

  it('refuses a transaction handle used after the transaction ended', async () => {
    // given
    let leaked: Queryable | undefined;
    await db.tx(async (q) => {
      leaked = q;
    });
    // when
    const late = leaked!.query('select 1');
    // then
    await expect(late).rejects.toThrow(/closed/i);
  });

  it('delivers a notification sent inside a transaction only after commit', async () => {
    // given
    const received: string[] = [];
    const unlisten = await db.listen('cauce test', (payload) => received.push(payload));
    let beforeCommit: string[] = [];
    // when
    await db.tx(async (q) => {
      await q.query('select pg_notify($1, $2)', ['cauce test', 'hello']);
      await new Promise((resolve) => setTimeout(resolve, 50));
      beforeCommit = [...received];
    });
    await waitFor(() => received.length > 0);
    // then
    expect(beforeCommit).toEqual([]);
    expect(received).toEqual(['hello']);
    await unlisten();
  });

  it('stops delivering after unlisten and never for a rolled-back transaction', async () => {
    // given
    const received: string[] = [];
    const unlisten = await db.listen('wake', (payload) => received.push(payload));
    await db.tx((q) => q.query("select pg_notify('wake', 'rolled back'), 1/0")).catch(() => undefined);
    await db.query("select pg_notify('wake', 'one')");
    await waitFor(() => received.length > 0);
    // when
    await unlisten();
    await db.query("select pg_notify('wake', 'two')");
    await new Promise((resolve) => setTimeout(resolve, 50));
    // then
    expect(received).toEqual(['one']);
  });

  it('claims with FOR UPDATE SKIP LOCKED: concurrent claimers get disjoint rows', async () => {
    // given three due jobs
    for (let i = 0; i < 3; i++) {
      await db.query("insert into job (id, element_id, kind, due_at) values ($1, 'timer', 'timer', now())", [
        randomUUID(),
      ]);
    }
    const order: string[] = [];
    // when: A claims two and keeps its transaction open a little; B claims meanwhile
    let bDone: Promise<string[]> | undefined;
    const a = db.tx(async (q) => {
      const ids = await claim(q, 'a', 2);
      bDone = db.tx((q2) => claim(q2, 'b', 2)).then((b) => (order.push('b'), b));
      // PostgreSQL: B finishes now, skipping A's locked rows. PGlite: B waits for A (one connection).
      await Promise.race([bDone, new Promise((resolve) => setTimeout(resolve, 200))]);
      order.push('a');
      return ids;
    });
    const [claimedA, claimedB] = [await a, await bDone!];
    // then
    expect(claimedA).toHaveLength(2);
    expect(claimedB).toHaveLength(1);
    expect(new Set([...claimedA, ...claimedB]).size).toBe(3);
    expect(order).toEqual(d.name === 'postgres' ? ['b', 'a'] : ['a', 'b']);
  });

  it('counts rows like pg: returned by SELECT, changed by INSERT/UPDATE/DELETE', async () => {
    // given
    const ids = [randomUUID(), randomUUID()];
    // when
    const inserted = await db.query('insert into deployment (id) select unnest($1::uuid[])', [ids]);
    const selected = await db.query('select id from deployment');
    const updated = await db.query("update deployment set name = 'x' where id = $1", [ids[0]]);
    const other = await db.query("set application_name = 'cauce test'");
    // then
    expect([inserted.rowCount, selected.rowCount, updated.rowCount, other.rowCount]).toEqual([2, 2, 1, 0]);
  });

  it('runs several statements without parameters and returns the last result', async () => {
    // when
    const res = await db.query("insert into deployment (id) values (gen_random_uuid()); select 'last' as which");
    // then
    expect(res.rows).toEqual([{ which: 'last' }]);
    expect((await db.query('select count(*)::int as n from deployment')).rows[0].n).toBe(1);
  });

  it('returns the same JavaScript types on both databases', async () => {
    // when
    const { rows } = await db.query(
      "select 9007199254740993::int8 as big, 1.50::numeric as num, '1 day'::interval as span, $1::jsonb as doc, " +
        "'\\x0102'::bytea as bytes, array[1, 2]::int8[] as bigs, $2::timestamptz as at, 7::int as small",
      [JSON.stringify({ a: [1] }), new Date('2024-01-02T03:04:05Z')],
    );
    // then
    expect(rows[0]).toEqual({
      big: '9007199254740993',
      num: '1.50',
      span: '1 day',
      doc: { a: [1] },
      bytes: Buffer.from([1, 2]),
      bigs: ['1', '2'],
      at: new Date('2024-01-02T03:04:05Z'),
      small: 7,
    });
  });
});

// helpers
async function claim(q: Queryable, worker: string, limit: number): Promise<string[]> {
  const { rows } = await q.query<{ id: string }>(
    `with ready as (
       select id from job where locked_by is null order by due_at, id limit $2 for update skip locked
     )
     update job set locked_by = $1 from ready where job.id = ready.id returning job.id`,
    [worker, limit],
  );
  return rows.map((r) => r.id);
}

async function waitFor(condition: () => boolean, timeoutMs = 2000): Promise<void> {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > timeoutMs) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
