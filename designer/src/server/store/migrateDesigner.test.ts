import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { databasesUnderTest, type Db } from '@cauce/engine';
import { designerMigrations, migrateDesigner } from './migrateDesigner';
import { SQL } from './sql';

describe.each(databasesUnderTest())('designer migrations on $name', (d) => {
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
    const results = await Promise.all([migrateDesigner(db), migrateDesigner(db), migrateDesigner(db)]);
    const again = await migrateDesigner(db);
    // then
    expect(results.flatMap((r) => r.applied).sort()).toEqual(designerMigrations().map((m) => m.id));
    expect(again.applied).toEqual([]);
    const { rows } = await db.query<{ table_name: string }>(
      "select table_name from information_schema.tables where table_schema = current_schema() and table_name like 'designer_%' order by 1",
    );
    expect(rows.map((r) => r.table_name)).toEqual([
      'designer_draft',
      'designer_draft_revision',
      'designer_migration',
      'designer_procedure',
      'designer_version',
    ]);
  });

  it('refuses a database with a newer breaking designer migration', async () => {
    // given
    await migrateDesigner(db);
    await db.query("insert into designer_migration (id, name, breaking) values (999999, 'future', true)");
    // then
    await expect(migrateDesigner(db)).rejects.toMatchObject({ code: 'CAUCE_ERR_DATABASE_TOO_NEW' });
  });
});
