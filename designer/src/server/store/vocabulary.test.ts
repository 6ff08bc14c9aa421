import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { databasesUnderTest, type Db } from '@cauce/engine';
import { migrateDesigner } from './migrateDesigner';
import { SQL } from './sql';
import { VersionKinds } from './VersionKinds';

/** Every designer column that stores one of the designer's words, and the list its CHECK must allow. */
const WORDS: Record<string, readonly string[]> = {
  'designer_version.kind': Object.values(VersionKinds),
};
const TABLES = ['designer_procedure', 'designer_draft', 'designer_draft_revision', 'designer_version'];

describe.each(databasesUnderTest())('designer vocabulary checks on $name', (d) => {
  let db: Db;
  beforeEach(async () => {
    db = await d.open();
    await migrateDesigner(db);
  });
  afterEach(async () => {
    if (db.kind === 'pglite') await db.query(SQL.testDrop);
    await db.close();
  });

  it('allow exactly the words of VersionKinds, on every column that stores a word', async () => {
    // given
    const { rows } = await db.query(SQL.checkConstraints, [TABLES]);
    // when each check that lists text values is read back as column → values
    const checked = new Map<string, string[]>();
    for (const row of rows) {
      const list = /^CHECK \(\((\w+) = ANY \(ARRAY\[(.*)\]\)\)\)$/.exec(row.definition);
      if (!list || !list[2].includes("'::text")) continue;
      checked.set(
        `${row.table_name}.${list[1]}`,
        [...list[2].matchAll(/'([^']*)'::text/g)].map((m) => m[1]),
      );
    }
    // then
    expect(Object.fromEntries(checked)).toEqual(WORDS);
  });
});
