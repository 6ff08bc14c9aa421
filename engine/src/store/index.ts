// The store's public surface: what other engine features may import. Everything else here is internal.
export type { Db, Queryable, QueryResult } from './Db';
export { openDb, type OpenDbOptions } from './openDb';
export { openPostgres, type PostgresOptions } from './openPostgres';
export { openPglite, type PgliteDb, type PgliteOptions } from './openPglite';
export { migrate, type MigrateResult } from './migrate';
export type { Migration } from './Migration';
export { dumpSchema } from './dumpSchema';
/** Named queries bundled from `src/store/sql/*.sql` (and the migrations); see bundleSql.ts. */
export { migrations, queries } from './generated/sql';
/** Test support: `describe.each(databasesUnderTest())('$name', (d) => …)`. */
export { databasesUnderTest, type TestDatabase } from './testing';
