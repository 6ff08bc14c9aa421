// Writes engine/src/api/engine-rest/generated/types.ts, the TypeScript types of the /engine-rest JSON Schemas.
// Committed; generated.test.ts fails when it is stale.
import { writeFileSync } from 'node:fs';
import { renderApiTypes } from '../src/api/engine-rest/schemas/renderTypes';

const target = new URL('../src/api/engine-rest/generated/types.ts', import.meta.url);
writeFileSync(target, await renderApiTypes());
console.log(`wrote ${target.pathname}`);
