import { describe, expect, it } from 'vitest';
import { migrations } from './generated/sql';
import { databasesUnderTest } from './testing';

describe('databasesUnderTest', () => {
  it('always has PGlite, and PostgreSQL when DATABASE_URL is set', () => {
    // when
    const names = databasesUnderTest().map((d) => d.name);
    // then
    expect(names).toEqual(process.env.DATABASE_URL ? ['pglite', 'postgres'] : ['pglite']);
  });
});

describe.each(databasesUnderTest())('a test database on $name', (d) => {
  it('is migrated and empty, whatever the previous test left', async () => {
    // given: a previous test wrote rows, changed a setting and added a table
    const previous = await d.open();
    await previous.query("insert into deployment (id) values (gen_random_uuid()); set application_name = 'dirty'");
    await previous.query('create table leftover (id int)');
    await previous.close();
    // when
    const db = await d.open();
    const state = await db.query(
      `select (select count(*)::int from deployment) as deployments,
              (select count(*)::int from cauce_migration) as migrations,
              to_regclass('leftover')::text as leftover,
              current_setting('application_name') <> 'dirty' as clean_settings`,
    );
    await db.close();
    // then
    expect(state.rows).toEqual([
      { deployments: 0, migrations: migrations.length, leftover: null, clean_settings: true },
    ]);
  });

  it('refuses queries once closed', async () => {
    // given
    const db = await d.open();
    await db.close();
    // when
    const late = db.query('select 1');
    // then
    await expect(late).rejects.toThrow();
  });

  it('gives databases open at the same time their own data', async () => {
    // given
    const [a, b] = await Promise.all([d.open(), d.open()]);
    // when
    await a.query("insert into deployment (id, name) values (gen_random_uuid(), 'a')");
    const seenByB = await b.query('select count(*)::int as n from deployment');
    await Promise.all([a.close(), b.close()]);
    // then
    expect(seenByB.rows[0].n).toBe(0);
  });
});
