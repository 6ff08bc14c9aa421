import { randomBytes } from 'node:crypto';
import type { Db } from './Db';
import { migrate } from './migrate';
import { openPostgres } from './openPostgres';

/**
 * A fresh, migrated, empty PostgreSQL database for one test: a new schema `t_<hex>` in the database at `url`,
 * dropped (cascade) by `close()`. Test support only.
 * @internal
 */
export async function openPostgresTestDb(url: string): Promise<Db> {
  const schema = `t_${randomBytes(6).toString('hex')}`;
  const db = await openPostgres({ url, schema, size: 5 });
  try {
    await migrate(db);
  } catch (err) {
    await dropAndClose(db, schema);
    throw err;
  }
  let closed = false;
  return {
    ...db,
    async close() {
      if (closed) return;
      closed = true;
      await dropAndClose(db, schema);
    },
  };
}

// helpers
async function dropAndClose(db: Db, schema: string): Promise<void> {
  try {
    // The name is generated above, never user input.
    await db.query(`drop schema if exists "${schema}" cascade`);
  } finally {
    await db.close();
  }
}
