import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from './Db';
import { dumpSchema } from './dumpSchema';
import { schemaAfterMigrations } from './schemaAfterMigrations';
import { databasesUnderTest } from './testing';

describe.each(databasesUnderTest())('dumpSchema on $name', (d) => {
  let db: Db;
  beforeEach(async () => {
    db = await d.open();
  });
  afterEach(() => db.close());

  it('matches the committed engine/test/schema.sql (run `pnpm --filter @cauce/engine build:sql` when this fails)', async () => {
    // given
    const committed = readFileSync(new URL('../../test/schema.sql', import.meta.url), 'utf8');
    // when
    const dump = await schemaAfterMigrations(db);
    // then
    expect(dump).toBe(committed);
  });

  it('prints enums, checks, views, functions and triggers the same way on both databases', async () => {
    // given
    await db.query(`
      create type color as enum ('red', 'green');
      create table paint (
        id int generated always as identity primary key,
        color color not null,
        litres numeric(6, 2) check (litres > 0),
        half numeric generated always as (litres / 2) stored
      );
      create view red_paint as select id, litres from paint where color = 'red';
      create function touch() returns trigger language plpgsql as $$ begin return new; end $$;
      create trigger paint_touch before update on paint for each row execute function touch();`);
    // when
    const dump = await dumpSchema(db);
    // then
    expect(dump).toContain("create type color as enum ('red', 'green');");
    expect(dump).toContain(`create table paint (
  id integer not null generated always as identity,
  color color not null,
  litres numeric(6,2),
  half numeric generated always as ((litres / (2)::numeric)) stored,
  constraint paint_litres_check CHECK ((litres > (0)::numeric)),
  constraint paint_pkey PRIMARY KEY (id)
);`);
    expect(dump).toContain('create view red_paint (\n  id integer,\n  litres numeric(6,2)\n);');
    expect(dump).toContain('CREATE OR REPLACE FUNCTION touch()');
    expect(dump).toContain('CREATE TRIGGER paint_touch BEFORE UPDATE ON paint FOR EACH ROW EXECUTE FUNCTION touch();');
    await db.query('drop view red_paint; drop table paint; drop function touch(); drop type color'); // lets PGlite reuse it
  });
});
