// Engine throughput benchmark: the reference process (reference.bpmn) through Cauce on PGlite and PostgreSQL,
// in-process and over HTTP, and through the npm package bpmn-engine, in one run; then the engine's RSS with
// 50,000 instances waiting at the user task. `npm run bench:engine -- --n 2000`; see README.md.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { bpmnEngineTarget } from './bpmnEngineTarget';
import { cauceTarget, checkCompleted } from './cauceTarget';
import { countingDb, profileLines } from './countingDb';
import { pgliteOnDisk, postgresSchema, type BenchDb } from './databases';
import { httpVariant } from './httpTarget';
import { benchOptions } from './options';
import { describeShape, runWorkload, shapeFor, type Shape, type Target, type WorkloadResult } from './Workload';

const opts = benchOptions();
const cauceXml = readFileSync(new URL('./reference.bpmn', import.meta.url), 'utf8');
const peerXml = readFileSync(new URL('./reference.bpmn-engine.bpmn', import.meta.url), 'utf8');
const shape = shapeFor(opts.concurrency);
const results: Record<string, WorkloadResult | undefined> = {};
// Databases in use, disposed on Ctrl-C too, so an interrupted run leaves no schema or temp folder behind.
const open = new Set<BenchDb>();
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, async () => {
    await Promise.allSettled([...open].map((b) => b.dispose()));
    process.exit(130);
  });
}

console.log(`engine benchmark: n=${opts.n} (after ${opts.warmup} warm-up instances), ${describeShape(shape)}`);
console.log(
  `node ${process.version}, ${cpus().length} CPUs, load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);

for (const c of opts.sweep) {
  const s = shapeFor(c);
  await variant(
    `sweep cauce-pg concurrency=${c}`,
    () => postgresSchema(opts.url),
    (b) => inProcess(b, s),
  );
}
if (opts.only.has('cauce-pglite'))
  results['cauce-pglite'] = await variant('cauce-pglite', pgliteOnDisk, (b) => inProcess(b, shape));
if (opts.only.has('cauce-pg'))
  results['cauce-pg'] = await variant(
    'cauce-pg',
    () => postgresSchema(opts.url),
    (b) => inProcess(b, shape),
  );
if (opts.only.has('cauce-http-pglite'))
  results['cauce-http-pglite'] = await variant('cauce-http-pglite', pgliteOnDisk, (b) => overHttp(b, shape));
if (opts.only.has('cauce-http-pg'))
  results['cauce-http-pg'] = await variant(
    'cauce-http-pg',
    () => postgresSchema(opts.url),
    (b) => overHttp(b, shape),
  );
if (opts.only.has('bpmn-engine')) results['bpmn-engine'] = await peer(shape);
if (opts.only.has('rss') && opts.rssN > 0) await rss();

const pg = results['cauce-pg']?.perSecond;
const peerRate = results['bpmn-engine']?.perSecond;
const ratio = pg !== undefined && peerRate !== undefined ? (pg / peerRate).toFixed(2) : 'n/a';
console.log(`engine-throughput cauce-pg=${rate(pg)}/s bpmn-engine=${rate(peerRate)}/s ratio=${ratio}`);

// helpers
/** Opens the database, runs fn, reports and always disposes; a failing variant is printed, the others still run. */
async function variant(
  name: string,
  openDb: () => Promise<BenchDb>,
  fn: (b: BenchDb) => Promise<WorkloadResult | undefined>,
): Promise<WorkloadResult | undefined> {
  console.log(`\n== ${name} (load average ${loadavg()[0].toFixed(2)})`);
  let b: BenchDb | undefined;
  try {
    b = await openDb();
    open.add(b);
    console.log(`   ${b.where}`);
    const result = await fn(b);
    if (result)
      console.log(
        `   ${name}: ${rate(result.perSecond)} instances/s (${result.n} in ${result.seconds.toFixed(1)} s; node CPU ${result.cpuMsPerInstance.toFixed(2)} ms/instance; ${result.fetches} fetchAndLock calls)`,
      );
    return result;
  } catch (err) {
    console.log(`   ${name} FAILED: ${err instanceof Error ? err.stack : String(err)}`);
    process.exitCode = 1;
    return undefined;
  } finally {
    if (b) open.delete(b);
    await b?.dispose();
  }
}

async function inProcess(b: BenchDb, s: Shape): Promise<WorkloadResult> {
  const db = countingDb(b.db);
  const target = await cauceTarget(db, cauceXml);
  return measured(b, db, target, s);
}

async function overHttp(b: BenchDb, s: Shape): Promise<WorkloadResult | undefined> {
  const db = countingDb(b.db);
  const http = await httpVariant(db, cauceXml);
  if (!http) return undefined;
  try {
    return await measured(b, db, http.target, s);
  } finally {
    await http.close();
  }
}

/** Warm-up, then the measured run with the query profile; throws when an instance did not end as it should. */
async function measured(
  b: BenchDb,
  db: ReturnType<typeof countingDb>,
  target: Target,
  s: Shape,
): Promise<WorkloadResult> {
  if (opts.warmup > 0) await runWorkload(target, opts.warmup, s, { keyPrefix: 'warmup' });
  db.reset();
  const server0 = await b.serverCpuMs?.();
  const result = await runWorkload(target, opts.n, s);
  const server1 = await b.serverCpuMs?.();
  for (const line of profileLines(db, opts.n, opts.profile ? 30 : 8)) console.log(`   ${line}`);
  if (server0 !== undefined && server1 !== undefined && server1 > 0) {
    console.log(
      `   PostgreSQL server processes of this run: CPU ${((server1 - server0) / opts.n).toFixed(2)} ms/instance (from /proc; WAL writer and checkpointer not included)`,
    );
  }
  const problem = await checkCompleted(b.db, opts.warmup + opts.n);
  if (problem) throw new Error(problem);
  return result;
}

async function peer(s: Shape): Promise<WorkloadResult | undefined> {
  console.log(
    `\n== bpmn-engine (npm bpmn-engine 25, in memory, no durability; load average ${loadavg()[0].toFixed(2)})`,
  );
  const target = await bpmnEngineTarget(peerXml);
  if (opts.warmup > 0) await runWorkload(target, opts.warmup, s, { keyPrefix: 'warmup' });
  const result = await runWorkload(target, opts.n, s);
  const total = opts.warmup + opts.n;
  if (target.counts.ended !== total || target.counts.reviewed !== total) {
    console.log(
      `   bpmn-engine FAILED: expected ${total} ended instances through 'review', got ${JSON.stringify(target.counts)}`,
    );
    process.exitCode = 1;
    return undefined;
  }
  console.log(
    `   bpmn-engine: ${rate(result.perSecond)} instances/s (${result.n} in ${result.seconds.toFixed(1)} s; node CPU ${result.cpuMsPerInstance.toFixed(2)} ms/instance)`,
  );
  return result;
}

/** The RSS measurement, in a child process that is only the engine (rssChild.ts), with --expose-gc. */
async function rss(): Promise<void> {
  console.log(
    `\n== rss: cauce-pg with ${opts.rssN} instances waiting at the user task, in a process of its own (load average ${loadavg()[0].toFixed(2)})`,
  );
  const child = spawn(
    process.execPath,
    [
      ...process.execArgv,
      '--expose-gc',
      fileURLToPath(new URL('./rssChild.ts', import.meta.url)),
      '--url',
      opts.url,
      '--rss-n',
      String(opts.rssN),
      '--concurrency',
      String(opts.concurrency),
    ],
    { stdio: 'inherit' },
  );
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  if (code !== 0) {
    console.log(`   rss FAILED: the measuring process exited with ${code}`);
    process.exitCode = 1;
  }
}

function rate(value: number | undefined): string {
  return value === undefined ? 'n/a' : value.toFixed(0);
}
