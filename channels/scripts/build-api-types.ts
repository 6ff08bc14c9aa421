// Writes channels/src/api/generated/types.ts, the TypeScript types of the /api JSON Schemas (committed;
// generated.test.ts fails when it is stale).
import { writeFileSync } from 'node:fs';
import { renderApiTypes } from '../src/api/renderApiTypes';

const target = new URL('../src/api/generated/types.ts', import.meta.url);
writeFileSync(target, await renderApiTypes());
console.log(`wrote ${target.pathname}`);
