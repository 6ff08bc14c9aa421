/**
 * Step-submit latency of the session service, in process (not in `npm test`):
 *   npx tsx channels/test/bench/submitLatency.ts [sessions=50]            # PGlite
 *   DATABASE_URL=postgres://… npx tsx channels/test/bench/submitLatency.ts  # PostgreSQL (a scratch schema)
 * Each session is a citizen on the web running the European health card to its end; connectors are the in-process
 * stand-ins against the simulators over HTTP. Two submits are timed per session: ConfirmRequest (a connector with a
 * simulator call runs before the next step) and InformRequested (straight to the end). Printed: p50/p95/p99/max in ms,
 * first with one session at a time, then with all sessions submitting at once.
 */
import { Engine } from '@cauce/engine';
import { loadProcedure } from '@cauce/procedures';
import { openPgliteTestDb } from '../../../engine/src/store/openPgliteTestDb';
import { openPostgresTestDb } from '../../../engine/src/store/openPostgresTestDb';
import { createSimWorld, startSimulators } from '../../../connectors/simulators/src/index';
import type { Viewer } from '../../src/contract';
import { publishProcedure } from '../../src/packages/publishProcedure';
import { createSessionService } from '../../src/session/createSessionService';
import { migrateChannels } from '../../src/store/migrateChannels';
import { SQL } from '../../src/store/sql';
import { inProcessConnectors } from '../../src/testing/inProcessConnectors';

const sessions = Number(process.argv[2] ?? 50);
const url = process.env.DATABASE_URL;
const db = url ? await openPostgresTestDb(url) : await openPgliteTestDb();
await migrateChannels(db);
const engine = new Engine({ db });
await publishProcedure(db, engine, loadProcedure('european-health-card'));
const world = createSimWorld({ citizens: Math.min(900, Math.max(100, sessions * 6)) });
const sims = await startSimulators({ port: 0, world });
const workers = [inProcessConnectors(engine, sims.url)];
const settleMs = Number(process.env.SETTLE_MS ?? 1500);
const service = createSessionService({ db, engine, simulatorsUrl: sims.url, settleMs });
// every session needs a citizen of its own (a card once requested is valid); not every citizen can request one
const candidates = [...world.citizens.values()].filter((c) => !(c as { protectedPerson?: boolean }).protectedPerson).map((c) => (c as { id: string }).id);

async function ready(i: number): Promise<{ viewer: Viewer; sessionId: string }> {
  for (;;) {
    const citizenId = candidates.shift();
    if (!citizenId) throw new Error('not enough citizens who can request a card');
    const viewer: Viewer = { role: 'citizen', userId: `bench-${i}-${citizenId}` };
    const started = await service.start(viewer, { procedureId: 'european-health-card', channel: 'web', language: 'es' });
    const record = (await (await fetch(`${sims.url}/sim/affiliation/citizens/${citizenId}`)).json()) as { id: string; protocol: Record<string, unknown> };
    const answers = Object.fromEntries(started.identification.questions!.map((q) => [q.id, q.id === 'citizenId' ? record.id : String(record.protocol[q.id])]));
    const view = await service.identify(viewer, started.sessionId, { method: 'protocol', answers });
    if (view.step?.id === 'ConfirmRequest') return { viewer, sessionId: view.sessionId };
  }
}

let working = 0;

async function run(s: { viewer: Viewer; sessionId: string }, i: number): Promise<[number, number]> {
  let t = performance.now();
  const v1 = await service.submit(s.viewer, s.sessionId, { stepId: 'ConfirmRequest', answers: { addressConfirmed: 'yes', travellingSoon: 'no' }, submissionId: `c${i}` });
  const connector = performance.now() - t;
  if (v1.status === 'working') {
    working += 1;
    const until = Date.now() + 60_000;
    for (let v = v1; v.step?.id !== 'InformRequested'; v = await service.view(s.viewer, s.sessionId)) {
      if (Date.now() > until) throw new Error(`session ${s.sessionId} still ${v.status} after a minute`);
      await new Promise((r) => setTimeout(r, 50));
    }
  } else if (v1.step?.id !== 'InformRequested') throw new Error(`after ConfirmRequest: ${v1.status}`);
  t = performance.now();
  const v2 = await service.submit(s.viewer, s.sessionId, { stepId: 'InformRequested', answers: {}, submissionId: `i${i}` });
  if (v2.status !== 'done') throw new Error(`after InformRequested: ${v2.status}`);
  return [connector, performance.now() - t];
}

function report(label: string, values: number[]): void {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)].toFixed(0);
  console.log(`${label.padEnd(52)} n=${String(sorted.length).padStart(3)}  p50 ${at(50).padStart(5)}  p95 ${at(95).padStart(5)}  p99 ${at(99).padStart(5)}  max ${sorted[sorted.length - 1].toFixed(0).padStart(5)}`);
}

try {
  console.log(`database: ${db.kind}; ${sessions} sessions; load average ${(await import('node:os')).loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  const sequential: Array<[number, number]> = [];
  for (let i = 0; i < Math.min(20, sessions); i++) sequential.push(await run(await ready(i), i));
  report('one at a time: submit + connector + next step', sequential.map((r) => r[0]));
  report('one at a time: submit to the end', sequential.map((r) => r[1]));
  working = 0;
  const prepared = [];
  for (let i = 0; i < sessions; i++) prepared.push(await ready(1000 + i));
  const concurrent = await Promise.all(prepared.map((s, i) => run(s, 1000 + i)));
  report(`${sessions} at once: submit + connector + next step`, concurrent.map((r) => r[0]));
  report(`${sessions} at once: submit to the end`, concurrent.map((r) => r[1]));
  console.log(`answered 'working' (connector slower than settleMs=${settleMs}): ${working}`);
} finally {
  const step = (what: string) => process.env.BENCH_DEBUG && console.log(`closing: ${what}`);
  step('connectors');
  for (const w of workers) await w.stop();
  step('simulators');
  await sims.close();
  step('database');
  if (db.kind === 'pglite') await db.query(SQL.testDrop);
  await db.close();
  step('done');
}
// a script: do not wait for keep-alive sockets and timers of the in-process simulators and clients
process.exit(0);
