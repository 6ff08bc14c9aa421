// Measures the store's figures quoted in src/store/CONTEXT.md: opening PGlite test databases and one-row
// transactions per second on PGlite and (with DATABASE_URL) PostgreSQL. `pnpm --filter @cauce/engine bench:store`
import { randomUUID } from 'node:crypto';
import type { Db } from '../src/store/Db';
import { openPglite } from '../src/store/openPglite';
import { openPgliteTestDb } from '../src/store/openPgliteTestDb';
import { openPostgresTestDb } from '../src/store/openPostgresTestDb';
import { pgliteTemplate } from '../src/store/pgliteTemplate';

const ms = async <T>(label: string, fn: () => Promise<T>): Promise<T> => {
  const start = performance.now();
  const value = await fn();
  console.log(`${label}: ${Math.round(performance.now() - start)} ms`);
  return value;
};

const template = await ms('template tarball (temp-dir cache, else initdb + migrate + dump)', pgliteTemplate);
const first = await ms('PGlite from tarball, first in process (compiles WASM)', () =>
  openPglite({ loadDataDir: template }),
);
const second = await ms('PGlite from tarball, second', () => openPglite({ loadDataDir: template }));
await first.close();
await second.close();
const a = await ms('test db: first open (from tarball)', openPgliteTestDb);
await a.query('insert into deployment (id) values (gen_random_uuid())');
await ms('test db: close (truncate + compare schema)', () => a.close());
const b = await ms('test db: open again (reused)', openPgliteTestDb);
await bench('PGlite', b, 2000);
await b.close();

const url = process.env.DATABASE_URL;
if (url) {
  const pg = await ms('postgres test db: open (schema + migrate)', () => openPostgresTestDb(url));
  await bench('PostgreSQL, one at a time', pg, 2000);
  await bench('PostgreSQL, 5 concurrent (pool of 5)', pg, 4000, 5);
  await ms('postgres test db: close (drop schema)', () => pg.close());
}
// The emptied PGlite test database stays open for reuse (its Postgres timers keep Node alive).
process.exit(0);

// helpers
async function bench(label: string, db: Db, n: number, concurrency = 1): Promise<void> {
  const start = performance.now();
  let next = 0;
  const worker = async () => {
    while (next++ < n) {
      await db.tx((q) => q.query('insert into deployment (id, name) values ($1, $2)', [randomUUID(), 'bench']));
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = (performance.now() - start) / 1000;
  console.log(`${label}: ${Math.round(n / seconds)} one-row tx/s (${n} tx)`);
}
