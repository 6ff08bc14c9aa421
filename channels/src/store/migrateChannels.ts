import { migrate, type Db, type MigrateResult, type Migration, type MigrationLedger } from '@cauce/engine';
import { migrations, queries } from './generated/sql';

/** Where channels migrations are recorded: `channels_migration`, under its own advisory lock. */
const CHANNELS_LEDGER: MigrationLedger = {
  name: 'channels',
  lock: queries.migrationLock,
  table: queries.migrationTable,
  applied: queries.migrationApplied,
  record: queries.migrationRecord,
};

/** The migrations shipped in channels/sql/migrations, in order (bundled into generated/sql.ts). @public */
export function channelsMigrations(): Migration[] {
  return [...migrations];
}

/**
 * Brings the channels tables up to date. Run it after the engine's `migrate(db)` (the tables sit in the same
 * schema). It is the engine's migration runner on the channels' own migrations and ledger (`channels_migration`):
 * each migration in its own transaction under an advisory lock keyed by schema, so several processes starting at
 * once apply each exactly once; a database with a newer breaking channels migration is refused
 * (`CAUCE_ERR_DATABASE_TOO_NEW`).
 * @public
 */
export async function migrateChannels(db: Db, known: readonly Migration[] = migrations): Promise<MigrateResult> {
  return migrate(db, { migrations: known, ledger: CHANNELS_LEDGER });
}
