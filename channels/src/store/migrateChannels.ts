import { readdirSync, readFileSync } from 'node:fs';
import type { Db } from '@cauce/engine';
import { SQL } from './sql';

/** One numbered migration of channels/sql/migrations (`000001_name.sql`). @public */
export interface ChannelsMigration {
  id: number;
  name: string;
  breaking: boolean;
  sql: string;
}

/** The migrations shipped in channels/sql/migrations, in order. @public */
export function channelsMigrations(): ChannelsMigration[] {
  const dir = new URL('../../sql/migrations/', import.meta.url);
  return readdirSync(dir)
    .filter((f) => /^\d{6}_[a-z0-9_-]+\.sql$/.test(f))
    .sort()
    .map((file) => {
      const sql = readFileSync(new URL(file, dir), 'utf8');
      return {
        id: Number(file.slice(0, 6)),
        name: file.slice(7, -4),
        breaking: sql.startsWith('--! breaking-change'),
        sql,
      };
    });
}

/**
 * Brings the channels tables up to date. Run it after the engine's `migrate(db)` (the tables sit in the same
 * schema). Each migration runs in its own transaction under an advisory lock keyed by schema and is recorded in
 * `channels_migration`, so several processes starting at once apply each exactly once — the engine's own rule.
 * Refuses a database with a newer breaking channels migration (`CAUCE_ERR_DATABASE_TOO_NEW`-like, as a plain error:
 * this runs before any API exists).
 * @public
 */
export async function migrateChannels(
  db: Db,
  migrations: ChannelsMigration[] = channelsMigrations(),
): Promise<{ applied: number[] }> {
  const newest = migrations.length ? migrations[migrations.length - 1].id : 0;
  const applied: number[] = [];
  for (;;) {
    const next = await db.tx(async (q) => {
      await q.query(SQL.migrationLock);
      await q.query(SQL.migrationTable);
      const { rows } = await q.query<{ id: number; breaking: boolean }>(SQL.migrationApplied);
      const tooNew = rows.find((r) => r.breaking && r.id > newest);
      if (tooNew)
        throw new Error(
          `the database has channels migration ${tooNew.id}, newer than this code knows (${newest}) and breaking`,
        );
      const done = new Set(rows.map((r) => r.id));
      const migration = migrations.find((m) => !done.has(m.id));
      if (!migration) return undefined;
      await q.query(migration.sql);
      await q.query(SQL.migrationRecord, [migration.id, migration.name, migration.breaking]);
      return migration;
    });
    if (!next) return { applied };
    applied.push(next.id);
  }
}
