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
 * Where a migrator records what it applied: the statements of its own advisory lock and its own table (the
 * engine's `cauce_migration`; channels have `channels_migration`), each in a `.sql` file of its package. `name`
 * says whose migrations a refusal is about.
 * @public
 */
export interface MigrationLedger {
  name?: string;
  /** `select pg_advisory_xact_lock(…)`, keyed by table and schema */
  lock: string;
  /** `create table if not exists <ledger> (id, name, breaking, applied_at)` */
  table: string;
  /** `select id, breaking from <ledger>` */
  applied: string;
  /** `insert into <ledger> (id, name, breaking) values ($1, $2, $3)` */
  record: string;
}

/** @public */
export interface MigrateOptions {
  /** the migrations to bring the database up to; the engine's bundled ones when omitted */
  migrations?: readonly Migration[];
  /** where they are recorded; the engine's `cauce_migration` when omitted */
  ledger?: MigrationLedger;
}

const ENGINE_LEDGER: MigrationLedger = {
  lock: queries.migrationLock,
  table: queries.migrationTable,
  applied: queries.migrationApplied,
  record: queries.migrationRecord,
};

/**
 * Brings the database up to the newest migration this code knows. Each migration runs in its own transaction under
 * `pg_advisory_xact_lock` and is recorded in the ledger table, so several processes starting at once apply each
 * migration exactly once: the others wait on the lock, then see it recorded. The engine and the channels run the
 * same loop, each on its own migrations and ledger.
 *
 * Refuses (`CAUCE_ERR_DATABASE_TOO_NEW`) a database that has a breaking migration newer than this code knows;
 * newer non-breaking ones are additive, so an older process may keep running during a rolling upgrade.
 * @public
 */
export async function migrate(db: Db, options: MigrateOptions = {}): Promise<MigrateResult> {
  const known = [...(options.migrations ?? bundled)].sort((a, b) => a.id - b.id);
  const ledger = options.ledger ?? ENGINE_LEDGER;
  const newestKnown = known.length ? known[known.length - 1].id : 0;
  const applied: number[] = [];
  for (;;) {
    const next = await db.tx(async (q) => {
      await q.query(ledger.lock);
      await q.query(ledger.table);
      const { rows } = await q.query<{ id: number; breaking: boolean }>(ledger.applied);
      const tooNew = rows.find((row) => row.breaking && row.id > newestKnown);
      if (tooNew) throw Errors.databaseTooNew(ledger.name ? `${tooNew.id} (${ledger.name})` : tooNew.id);
      const done = new Set(rows.map((row) => row.id));
      const migration = known.find((m) => !done.has(m.id));
      if (!migration) return undefined;
      await q.query(migration.sql);
      await q.query(ledger.record, [migration.id, migration.name, migration.breaking]);
      return migration;
    });
    if (!next) return { applied };
    applied.push(next.id);
  }
}
