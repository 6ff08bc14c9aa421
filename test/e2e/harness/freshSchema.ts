import { randomBytes } from 'node:crypto';
import { migrate, openDb, type Db } from '@cauce/engine';

/** A new, migrated schema in a PostgreSQL database, and a connection pool working in it. */
export interface FreshSchema {
  schema: string;
  /** For the test's own SQL checks (its `search_path` is the schema). */
  db: Db;
  /** Drops the schema with everything in it and closes `db`. */
  drop(): Promise<void>;
}

/**
 * Creates schema `e2e_<hex>` and runs the engine's migrations in it, so engine processes started on it find a
 * ready database (their own migration run is then a no-op) and several test files can share one PostgreSQL.
 * @internal
 */
export async function freshSchema(url: string): Promise<FreshSchema> {
  const schema = `e2e_${randomBytes(5).toString('hex')}`;
  const db = await openDb({ url, schema });
  await migrate(db);
  let dropped = false;
  return {
    schema,
    db,
    async drop() {
      if (dropped) return;
      dropped = true;
      try {
        await db.query(`drop schema if exists ${schema} cascade`); // generated name above, never input
      } finally {
        await db.close();
      }
    },
  };
}
