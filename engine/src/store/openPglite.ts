import { PGlite, type Results, type Transaction } from '@electric-sql/pglite';
import type { Db, QueryResult } from './Db';

/** @public */
export interface PgliteOptions {
  /** Directory holding the database files; omitted: in memory. */
  dataDir?: string;
  /** A `dumpDataDir()` tarball to start from instead of running initdb (≈ 0.7 s instead of ≈ 4 s here). */
  loadDataDir?: Blob | File;
}

/** A PGlite {@link Db} that can also snapshot itself. @public */
export interface PgliteDb extends Db {
  readonly kind: 'pglite';
  /** The whole data directory as a tarball, for `loadDataDir` (a backup, or a test template). */
  dumpDataDir(): Promise<Blob>;
}

/**
 * Opens an in-process PGlite (PostgreSQL 18 compiled to WASM) database: the engine with no server to run.
 *
 * PGlite has a single connection. Its `transaction()` holds a lock for the whole callback and every plain
 * `query` takes the same lock first, so a query issued while a transaction runs waits in line instead of
 * interleaving into it (tested in openPglite.test.ts). The price: transactions run one at a time.
 * @public
 */
export async function openPglite(options: PgliteOptions = {}): Promise<PgliteDb> {
  const pglite = await PGlite.create({
    dataDir: options.dataDir,
    loadDataDir: options.loadDataDir,
    parsers: PARSERS,
  });
  return {
    kind: 'pglite',
    query: (text, params) => run(pglite, text, params),
    tx: (fn) => pglite.transaction((tx) => fn({ query: (text, params) => run(tx, text, params) })),
    async listen(channel, onNotify) {
      const name = quoteIdent(channel);
      await pglite.listen(name, onNotify);
      // Not the function listen returns: PGlite 0.5.16's passes the unquoted name to UNLISTEN.
      return () => pglite.unlisten(name, onNotify);
    },
    dumpDataDir: () => pglite.dumpDataDir('none'),
    close: () => pglite.close(),
  };
}

// helpers
const INT8 = 20;
const BYTEA = 17;

/** Return types as `pg` does: int8 as a string (lossless past 2^53; arrays follow), bytea as a Buffer. */
const PARSERS = {
  [INT8]: (value: string) => value,
  [BYTEA]: (value: string) => Buffer.from(value.slice(2), 'hex'),
};

async function run<R>(on: PGlite | Transaction, text: string, params?: unknown[]): Promise<QueryResult<R>> {
  let last: Results<R> | undefined;
  if (params === undefined || params.length === 0) {
    // Simple protocol, like pg with no parameters: several statements allowed (migrations), last result kept.
    const results = (await on.exec(text)) as Results<R>[];
    last = results[results.length - 1];
  } else {
    last = await on.query<R>(text, params);
  }
  // `rowCount` is per statement and counts SELECT rows like pg; `affectedRows` adds up a whole exec.
  return { rows: last?.rows ?? [], rowCount: last?.rowCount ?? last?.affectedRows ?? 0 };
}

function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
