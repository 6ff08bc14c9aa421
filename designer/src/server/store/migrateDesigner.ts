import { migrate, type Db, type MigrateResult, type Migration, type MigrationLedger } from '@cauce/engine';
import { migrations, queries } from '../generated/sql';

/** Where designer migrations are recorded: `designer_migration`, under its own advisory lock. */
const DESIGNER_LEDGER: MigrationLedger = {
  name: 'designer',
  lock: queries.migrationLock,
  table: queries.migrationTable,
  applied: queries.migrationApplied,
  record: queries.migrationRecord,
};

/** The migrations shipped in designer/sql/migrations, in order (bundled into generated/sql.ts). @public */
export function designerMigrations(): Migration[] {
  return [...migrations];
}

/**
 * Brings the designer's tables (procedures, drafts, their revisions, published versions) up to date. Run it after
 * the engine's `migrate(db)`: it is the engine's migration runner on the designer's own migrations and ledger
 * (`designer_migration`), each migration in its own transaction under an advisory lock keyed by schema, so several
 * processes starting at once apply each exactly once; a database with a newer breaking designer migration is
 * refused (`CAUCE_ERR_DATABASE_TOO_NEW`).
 * @public
 */
export async function migrateDesigner(db: Db, known: readonly Migration[] = migrations): Promise<MigrateResult> {
  return migrate(db, { migrations: known, ledger: DESIGNER_LEDGER });
}
