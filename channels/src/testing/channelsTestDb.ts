import type { Db } from '@cauce/engine';
import type { TestDatabase } from '@cauce/engine';
import { migrateChannels } from '../store/migrateChannels';
import { SQL } from '../store/sql';

/**
 * Test support: a migrated engine test database (databasesUnderTest) with the channels tables on top. Closing
 * drops the channels tables first, so a PGlite test database goes back to the engine's template and is reused.
 * @internal
 */
export async function channelsTestDb(d: TestDatabase): Promise<Db> {
  const db = await d.open();
  await migrateChannels(db);
  const close = db.close.bind(db);
  return {
    ...db,
    async close() {
      try {
        if (db.kind === 'pglite') await db.query(SQL.testDrop);
      } finally {
        await close();
      }
    },
  };
}
