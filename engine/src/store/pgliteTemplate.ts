import { createHash, randomBytes } from 'node:crypto';
import { readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { migrations } from './generated/sql';
import { migrate } from './migrate';
import { openPglite } from './openPglite';

/**
 * A `dumpDataDir()` tarball of a new PGlite database with every migration applied, for `loadDataDir`.
 * Creating a PGlite database runs initdb (≈ 4 s here), loading this tarball ≈ 0.7 s. Vitest runs each test file
 * in its own process, so the tarball is also kept in the OS temp directory, keyed by the migrations' text and
 * the PGlite version: only the first process after a migration change pays the 4 s.
 * For tests and `cauce test` (each run a fresh in-memory database).
 * @public
 */
export function pgliteTemplate(): Promise<Blob> {
  template ??= load().catch((err) => {
    template = undefined;
    throw err;
  });
  return template;
}

// helpers
/** One per process: the point of the cache. */
let template: Promise<Blob> | undefined;

const PREFIX = 'cauce-pglite-template-';

async function load(): Promise<Blob> {
  const file = join(tmpdir(), `${PREFIX}${cacheKey()}.tar`);
  const cached = await readFile(file).catch(() => undefined);
  if (cached) return new Blob([cached]);
  const db = await openPglite();
  let tarball: Blob;
  try {
    await migrate(db);
    tarball = await db.dumpDataDir();
  } finally {
    await db.close();
  }
  await store(file, tarball);
  return tarball;
}

async function store(file: string, tarball: Blob): Promise<void> {
  // Written aside then renamed, so a process reading concurrently never sees half a file.
  const partial = `${file}.${randomBytes(4).toString('hex')}.partial`;
  try {
    for (const old of await readdir(tmpdir())) {
      if (old.startsWith(PREFIX) && old.endsWith('.tar')) await rm(join(tmpdir(), old), { force: true });
    }
    await writeFile(partial, new Uint8Array(await tarball.arrayBuffer()));
    await rename(partial, file);
  } catch {
    await rm(partial, { force: true }); // the cache is an optimisation; a read-only temp dir just means slower tests
  }
}

function cacheKey(): string {
  const require = createRequire(import.meta.url);
  const pkg = join(dirname(require.resolve('@electric-sql/pglite')), '..', 'package.json');
  const hash = createHash('sha256').update(String(require(pkg).version));
  for (const m of migrations) hash.update(`\0${m.id}\0${m.breaking}\0${m.sql}`);
  return hash.digest('hex').slice(0, 16);
}
