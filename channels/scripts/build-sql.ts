// Bundles the channels' SQL into channels/src/store/generated/sql.ts (committed; sql.test.ts fails when it is stale).
import { writeFileSync } from 'node:fs';
import { channelsSqlBundle } from '../src/store/channelsSqlBundle';

const generated = new URL('../src/store/generated/sql.ts', import.meta.url);
writeFileSync(generated, channelsSqlBundle().source);
console.log(`wrote ${generated.pathname}`);
