import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '@cauce/engine';
import { databasesUnderTest } from '@cauce/engine';
import { channelsMigrations, migrateChannels } from './migrateChannels';
import { SQL } from './sql';

describe.each(databasesUnderTest())('channels migrations on $name', (d) => {
  let db: Db;
  beforeEach(async () => {
    db = await d.open();
  });
  afterEach(async () => {
    if (db.kind === 'pglite') await db.query(SQL.testDrop);
    await db.close();
  });

  it('apply once however many processes start at the same time', async () => {
    // when
    const results = await Promise.all([migrateChannels(db), migrateChannels(db), migrateChannels(db)]);
    const again = await migrateChannels(db);
    // then
    expect(results.flatMap((r) => r.applied).sort()).toEqual(channelsMigrations().map((m) => m.id));
    expect(again.applied).toEqual([]);
    const { rows } = await db.query(
      "select table_name from information_schema.tables where table_schema = current_schema() and table_name in ('procedure_package', 'service_request', 'session', 'step_answer', 'session_submission', 'audit_log') order by 1",
    );
    expect(rows.map((r: { table_name: string }) => r.table_name)).toEqual([
      'audit_log',
      'procedure_package',
      'service_request',
      'session',
      'session_submission',
      'step_answer',
    ]);
  });

  it('refuses a database with a newer breaking channels migration', async () => {
    // given
    await migrateChannels(db);
    await db.query("insert into channels_migration (id, name, breaking) values (999999, 'future', true)");
    // then
    await expect(migrateChannels(db)).rejects.toMatchObject({
      code: 'CAUCE_ERR_DATABASE_TOO_NEW',
      message: 'the database has breaking migration 999999 (channels), newer than this engine knows',
    });
  });
});
