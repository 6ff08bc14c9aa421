// Writes designer/src/server/generated/apiTypes.ts, the TypeScript types of the /api/designer JSON Schemas
// (committed; apiTypes.test.ts fails when it is stale).
import { writeFileSync } from 'node:fs';
import { renderApiTypes } from '../src/server/api/renderApiTypes';

const target = new URL('../src/server/generated/apiTypes.ts', import.meta.url);
writeFileSync(target, await renderApiTypes());
console.log(`wrote ${target.pathname}`);
