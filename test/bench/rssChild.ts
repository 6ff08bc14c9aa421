// The RSS measurement in a process of its own (engine.bench.ts starts it with --expose-gc), so what earlier
// variants left in the bench's process (PGlite's WASM memory, bpmn-engine's garbage) is not counted: this
// process is only the engine, on PostgreSQL, with its waiting instances.
import { postgresSchema } from './databases';
import { benchOptions } from './options';
import { rssWithWaitingInstances } from './rss';
import { shapeFor } from './Workload';

const opts = benchOptions();
const xml = (await import('node:fs')).readFileSync(new URL('./reference.bpmn', import.meta.url), 'utf8');
const b = await postgresSchema(opts.url);
const stop = async () => {
  await b.dispose();
  process.exit(130);
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
try {
  console.log(`   ${b.where}`);
  await rssWithWaitingInstances(b.db, xml, opts.rssN, shapeFor(opts.concurrency));
} finally {
  await b.dispose();
}
