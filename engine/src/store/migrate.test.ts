import { randomBytes } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from './Db';
import type { Migration } from './Migration';
import { migrations as bundled } from './generated/sql';
import { migrate } from './migrate';
import { openPostgres } from './openPostgres';
import { databasesUnderTest } from './testing';

const newest = bundled[bundled.length - 1].id;
const extra = (offset: number, sql: string, breaking = false): Migration => ({
  id: newest + offset,
  name: `extra_${offset}`,
  breaking,
  sql: breaking ? `--! breaking-change\n${sql}` : sql,
});

describe.each(databasesUnderTest())('migrate on $name', (d) => {
  let db: Db;
  beforeEach(async () => {
    db = await d.open();
  });
  afterEach(async () => {
    // Undo the extra migrations, so the PGlite test database can be reused rather than rebuilt (≈ 0.7 s).
    await db.query(`drop table if exists extra_b, extra_a; delete from cauce_migration where id > ${newest}`);
    await db.close();
  });

  it('has recorded every bundled migration, and a second run applies nothing', async () => {
    // when
    const result = await migrate(db);
    // then
    expect(result.applied).toEqual([]);
    const { rows } = await db.query('select id, name, breaking from cauce_migration order by id');
    expect(rows).toEqual(bundled.map(({ id, name, breaking }) => ({ id, name, breaking })));
  });

  it('applies new migrations in order, each once, when three migrators run at once', async () => {
    // given: plain CREATE TABLE fails if run twice, and the second needs the first
    const migrations = [
      ...bundled,
      extra(1, 'create table extra_a (id int primary key)'),
      extra(2, 'create table extra_b (a int references extra_a (id))', true),
    ];
    // when
    const results = await Promise.all([1, 2, 3].map(() => migrate(db, { migrations })));
    // then
    expect(results.flatMap((r) => r.applied).sort()).toEqual([newest + 1, newest + 2]);
    const { rows } = await db.query('select id, breaking from cauce_migration where id > $1 order by id', [newest]);
    expect(rows).toEqual([
      { id: newest + 1, breaking: false },
      { id: newest + 2, breaking: true },
    ]);
  });

  it('refuses a database with a newer breaking migration', async () => {
    // given
    await migrate(db, { migrations: [...bundled, extra(1, 'select 1', true)] });
    // when
    const outcome = migrate(db);
    // then
    await expect(outcome).rejects.toMatchObject({
      code: 'CAUCE_ERR_DATABASE_TOO_NEW',
      message: `the database has breaking migration ${newest + 1}, newer than this engine knows`,
    });
  });

  it('accepts a database with a newer non-breaking migration', async () => {
    // given
    await migrate(db, { migrations: [...bundled, extra(1, 'create table extra_a (id int)')] });
    // when
    const result = await migrate(db);
    // then
    expect(result.applied).toEqual([]);
  });

  it('rolls a failing migration back entirely and records nothing', async () => {
    // given
    const failing = extra(1, 'create table extra_a (id int); select 1 / 0');
    // when
    const outcome = migrate(db, { migrations: [...bundled, failing] });
    // then
    await expect(outcome).rejects.toMatchObject({ code: '22012' });
    expect((await db.query("select to_regclass('extra_a') as t")).rows).toEqual([{ t: null }]);
    expect((await db.query('select max(id) as id from cauce_migration')).rows).toEqual([{ id: newest }]);
  });
});

const url = process.env.DATABASE_URL;
describe.runIf(url)('migrate on postgres, several processes', () => {
  it('migrates an empty schema once when three engines start at once', async () => {
    // given: three pools, as three engine processes would have, on a schema none of them has created yet
    const schema = `t_${randomBytes(6).toString('hex')}`;
    const engines = await Promise.all([1, 2, 3].map(() => openPostgres({ url: url!, schema, size: 2 })));
    try {
      // when
      const results = await Promise.all(engines.map((db) => migrate(db)));
      // then
      expect(results.flatMap((r) => r.applied).sort()).toEqual(bundled.map((m) => m.id));
      const { rows } = await engines[0].query('select count(*)::int as n from cauce_migration');
      expect(rows[0].n).toBe(bundled.length);
    } finally {
      await engines[0].query(`drop schema ${schema} cascade`);
      await Promise.all(engines.map((db) => db.close()));
    }
  });
});
