// Bundles the designer's SQL into designer/src/server/generated/sql.ts (committed; sql.test.ts fails when it is stale).
import { writeFileSync } from 'node:fs';
import { designerSqlBundle } from '../src/server/store/designerSqlBundle';

const generated = new URL('../src/server/generated/sql.ts', import.meta.url);
writeFileSync(generated, designerSqlBundle().source);
console.log(`wrote ${generated.pathname}`);
