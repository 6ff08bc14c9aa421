// Bundles the SQL files into engine/src/store/generated/sql.ts, then writes engine/test/schema.sql, the schema
// after all migrations (dumped from PGlite). Both are committed; tests fail when either is stale.
import { writeFileSync } from 'node:fs';
import { bundleSql } from '../src/store/bundleSql';

const generated = new URL('../src/store/generated/sql.ts', import.meta.url);
const schemaFile = new URL('../test/schema.sql', import.meta.url);

writeFileSync(generated, bundleSql().source);
console.log(`wrote ${generated.pathname}`);

// Imported only now, so they read the module just written.
const { schemaAfterMigrations } = await import('../src/store/schemaAfterMigrations');
writeFileSync(schemaFile, await schemaAfterMigrations());
console.log(`wrote ${schemaFile.pathname}`);
