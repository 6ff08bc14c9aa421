import type { Db } from './Db';
import { openPgliteTestDb } from './openPgliteTestDb';
import { openPostgresTestDb } from './openPostgresTestDb';

/** A database kind a store-backed test runs on. @public */
export interface TestDatabase {
  name: 'pglite' | 'postgres';
  /** A fresh, migrated, empty database; its `close()` drops or empties it. */
  open(): Promise<Db>;
}

/**
 * The databases every store-backed test runs on: always PGlite, plus PostgreSQL when `DATABASE_URL` is set.
 *
 * ```ts
 * describe.each(databasesUnderTest())('$name', (d) => {
 *   let db: Db;
 *   beforeEach(async () => { db = await d.open(); });
 *   afterEach(() => db.close());
 * });
 * ```
 * Opening costs ≈ 0 ms on PGlite once a test file has one (closing empties and keeps it, 85–170 ms; the first
 * ≈ 0.8 s) and ≈ 110 ms on PostgreSQL (a new schema, migrated; closing drops it, ≈ 35 ms). Close every
 * database you open.
 * @public
 */
export function databasesUnderTest(): TestDatabase[] {
  const url = process.env.DATABASE_URL;
  const all: TestDatabase[] = [{ name: 'pglite', open: openPgliteTestDb }];
  if (url) all.push({ name: 'postgres', open: () => openPostgresTestDb(url) });
  return all;
}
