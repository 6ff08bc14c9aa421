import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrate, openDb, type Db } from '@cauce/engine';

/** A migrated database for one variant and how to get rid of it. @internal */
export interface BenchDb {
  db: Db;
  /** what it is, for the printout */
  where: string;
  /** PostgreSQL only: CPU (ms) its server processes have used for this Db's connections so far */
  serverCpuMs?: () => Promise<number>;
  dispose(): Promise<void>;
}

/**
 * PGlite on files in a new temp folder (durable: the same data directory `npm start` uses, not in memory).
 * @internal
 */
export async function pgliteOnDisk(): Promise<BenchDb> {
  const dir = await mkdtemp(join(tmpdir(), 'cauce-bench-'));
  const db = await openDb({ dataDir: dir });
  await migrate(db);
  return {
    db,
    where: `PGlite, data dir ${dir}`,
    async dispose() {
      await db.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/**
 * A fresh schema in the PostgreSQL database at url, dropped by dispose. Its connections carry their own
 * application_name (a URL parameter wins over the engine's default), so their server processes can be found to
 * read their CPU time from /proc when the server runs on this machine.
 * @internal
 */
export async function postgresSchema(url: string): Promise<BenchDb> {
  const schema = `bench_${randomBytes(5).toString('hex')}`;
  const appName = `cauce-${schema}`;
  const db = await openDb({ url: withParam(url, 'application_name', appName), schema });
  await migrate(db);
  const { rows } = await db.query<{ synchronous_commit: string; fsync: string; server_version: string }>(
    "select current_setting('synchronous_commit') as synchronous_commit, current_setting('fsync') as fsync, current_setting('server_version') as server_version",
  );
  const s = rows[0];
  return {
    db,
    where: `PostgreSQL ${s.server_version}, schema ${schema}, synchronous_commit=${s.synchronous_commit}, fsync=${s.fsync}`,
    serverCpuMs: backendCpu(db, appName),
    async dispose() {
      try {
        // The name is generated above, never input.
        await db.query(`drop schema if exists "${schema}" cascade`);
      } finally {
        await db.close();
      }
    },
  };
}

// helpers
function withParam(url: string, name: string, value: string): string {
  const u = new URL(url);
  u.searchParams.set(name, value);
  return u.toString();
}

/** Sums utime + stime of the server processes serving appName; a process gone since keeps its last reading. */
function backendCpu(db: Db, appName: string): () => Promise<number> {
  const last = new Map<number, number>();
  const TICK_MS = 10; // USER_HZ is 100 on Linux
  return async () => {
    const { rows } = await db.query<{ pid: number }>('select pid from pg_stat_activity where application_name = $1', [
      appName,
    ]);
    for (const { pid } of rows) {
      const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => undefined);
      if (!stat) continue;
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      last.set(pid, (Number(fields[11]) + Number(fields[12])) * TICK_MS);
    }
    let total = 0;
    for (const ms of last.values()) total += ms;
    return total;
  };
}
