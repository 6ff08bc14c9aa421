import { Errors } from '../errorCodes';
import type { Db } from './Db';
import type { Migration } from './Migration';
import { migrations as bundled, queries } from './generated/sql';

/** @public */
export interface MigrateResult {
  /** Ids of the migrations this call applied (another process may have applied the rest). */
  applied: number[];
}

/**
 * Brings the database up to the newest migration this engine knows. Each migration runs in its own
 * transaction under `pg_advisory_xact_lock` and is recorded in `cauce_migration`, so several engines starting
 * at once apply each migration exactly once: the others wait on the lock, then see it recorded.
 *
 * Refuses (`CAUCE_ERR_DATABASE_TOO_NEW`) a database that has a breaking migration newer than this engine
 * knows; newer non-breaking ones are additive, so an older engine may keep running during a rolling upgrade.
 * @public
 */
export async function migrate(db: Db, options: { migrations?: readonly Migration[] } = {}): Promise<MigrateResult> {
  const known = [...(options.migrations ?? bundled)].sort((a, b) => a.id - b.id);
  const newestKnown = known.length ? known[known.length - 1].id : 0;
  const applied: number[] = [];
  for (;;) {
    const next = await db.tx(async (q) => {
      await q.query(queries.migrationLock);
      await q.query(queries.migrationTable);
      const { rows } = await q.query<{ id: number; breaking: boolean }>(queries.migrationApplied);
      const tooNew = rows.find((row) => row.breaking && row.id > newestKnown);
      if (tooNew) throw Errors.databaseTooNew(tooNew.id);
      const done = new Set(rows.map((row) => row.id));
      const migration = known.find((m) => !done.has(m.id));
      if (!migration) return undefined;
      await q.query(migration.sql);
      await q.query(queries.migrationRecord, [migration.id, migration.name, migration.breaking]);
      return migration;
    });
    if (!next) return { applied };
    applied.push(next.id);
  }
}
