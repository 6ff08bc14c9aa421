/**
 * Step-submit latency of the session service, in process (not in `npm test`). Part of `npm run bench:channels`;
 * alone: `npx tsx channels/test/bench/submitLatency.ts [sessions=50]` (PGlite, and PostgreSQL when DATABASE_URL
 * is set — a scratch schema, dropped after).
 * Each session is a citizen on the web running the European health card: started and identified (level 1) first,
 * untimed; then two submits are timed: ConfirmRequest (connectors run — a simulator call — before the next step
 * is there) and InformRequested (straight to the end). Timed from the call to the returned view. First a number
 * of sessions one at a time, then all sessions submitting at once: every ConfirmRequest together, and once each
 * session shows its next step, every InformRequested together.
 * Connectors: `real` = the connectors of connectors/ (camunda-external-task-client-js over HTTP to the engine's
 * /engine-rest, product defaults: long poll 10 s, 10 tasks a fetch), as `npm start` runs them; `in-process` =
 * the stand-ins of channels/src/testing (fetchAndLock in process, polling every 15 ms), both calling the simulators.
 */
import { loadavg } from 'node:os';
import { buildApp, databasesUnderTest, Engine, type TestDatabase } from '@cauce/engine';
import { loadSample } from '@cauce/procedures';
import { createSimWorld, startSimulators } from '@cauce/connectors/simulators';
import type { StepView, Viewer } from '../../src/contract';
import { publishProcedure } from '../../src/packages/publishProcedure';
import { createSessionService, type SessionService } from '../../src/index';
import { channelsTestDb } from '../../src/testing/channelsTestDb';
import { inProcessConnectors } from '../../src/testing/inProcessConnectors';
import { formatTable, summarizeLatencies, type LatencySummary } from './benchStats';

/** Which workers answer the external tasks while submits are timed. @internal */
export type LatencyConnectors = 'real' | 'in-process';

/** One timed series: its figures and how many submits answered 'working' (connectors slower than settleMs). @internal */
export interface SubmitSeries {
  label: string;
  summary: LatencySummary;
  working: number;
}

/** What one database gave. @internal */
export interface LatencyRun {
  database: string;
  connectors: LatencyConnectors;
  settleMs: number;
  series: SubmitSeries[];
}

/**
 * Runs the submit-latency workload on one database: `oneAtATime` sessions in turn, then `sessions` at once.
 * @internal
 */
export async function measureSubmitLatency(opts: {
  database: TestDatabase;
  sessions: number;
  oneAtATime: number;
  connectors: LatencyConnectors;
  settleMs: number;
}): Promise<LatencyRun> {
  const db = await channelsTestDb(opts.database);
  const engine = new Engine({ db });
  const world = createSimWorld({ citizens: Math.min(900, Math.max(100, (opts.sessions + opts.oneAtATime) * 6)) });
  const sims = await startSimulators({ port: 0, world });
  const app = buildApp({ db, engine });
  const stops: Array<() => Promise<void>> = [];
  try {
    await publishProcedure(db, engine, loadSample('european-health-card'));
    if (opts.connectors === 'real') {
      await app.listen({ port: 0, host: '127.0.0.1' });
      const { port } = app.server.address() as { port: number };
      const { startConnectors } = await import('@cauce/connectors');
      const running = await startConnectors({
        engineUrl: `http://127.0.0.1:${port}/engine-rest`,
        simulatorsUrl: sims.url,
      });
      stops.push(() => running.stop());
    } else {
      const running = inProcessConnectors(engine, sims.url);
      stops.push(() => running.stop());
    }
    const service = createSessionService({ db, engine, simulatorsUrl: sims.url, settleMs: opts.settleMs });
    const citizens = new Citizens(service, sims.url, world);
    const series: SubmitSeries[] = [];
    const sequential = { confirm: [] as number[], end: [] as number[], confirmWall: 0, endWall: 0, working: 0 };
    for (let i = 0; i < opts.oneAtATime; i++) {
      const s = await citizens.ready(`one-${i}`);
      const confirm = await timed(() => confirmRequest(service, s));
      sequential.confirm.push(confirm.ms);
      sequential.confirmWall += confirm.ms;
      if (confirm.value.status === 'working') sequential.working += 1;
      await untilStep(service, s, confirm.value);
      const end = await timed(() => informRequested(service, s));
      sequential.end.push(end.ms);
      sequential.endWall += end.ms;
    }
    series.push({
      label: '1 session: ConfirmRequest (connectors before next step)',
      summary: summarizeLatencies(sequential.confirm, sequential.confirmWall),
      working: sequential.working,
    });
    series.push({
      label: '1 session: InformRequested (to the end)',
      summary: summarizeLatencies(sequential.end, sequential.endWall),
      working: 0,
    });
    const prepared: Ready[] = [];
    for (let i = 0; i < opts.sessions; i++) prepared.push(await citizens.ready(`many-${i}`));
    const confirms = await timedAll(prepared.map((s) => () => confirmRequest(service, s)));
    await Promise.all(prepared.map((s, i) => untilStep(service, s, confirms.results[i].value)));
    const ends = await timedAll(prepared.map((s) => () => informRequested(service, s)));
    const working = confirms.results.filter((r) => r.value.status === 'working').length;
    series.push({
      label: `${opts.sessions} sessions at once: ConfirmRequest`,
      summary: summarizeLatencies(
        confirms.results.map((r) => r.ms),
        confirms.wallMs,
      ),
      working,
    });
    series.push({
      label: `${opts.sessions} sessions at once: InformRequested`,
      summary: summarizeLatencies(
        ends.results.map((r) => r.ms),
        ends.wallMs,
      ),
      working: 0,
    });
    return { database: opts.database.name, connectors: opts.connectors, settleMs: opts.settleMs, series };
  } finally {
    for (const stop of stops) await stop();
    await app.close();
    await sims.close();
    await db.close();
  }
}

/** The latency figures of every run as one table (ms; submits/s). @internal */
export function latencyTable(runs: readonly LatencyRun[]): string {
  const rows = runs.flatMap((run) =>
    run.series.map((s) => [
      run.database,
      s.label,
      String(s.summary.n),
      ...[s.summary.p50, s.summary.p90, s.summary.p99, s.summary.max].map((v) => v.toFixed(0)),
      s.summary.perSecond.toFixed(1),
      String(s.working),
    ]),
  );
  return formatTable(['database', 'submit', ' n', ' p50', ' p90', ' p99', ' max', ' submits/s', " 'working'"], rows);
}

// helpers
interface Ready {
  viewer: Viewer;
  sessionId: string;
}

/** Citizens of the simulated world who can request a card, each started and identified on a session of their own. */
class Citizens {
  private readonly candidates: string[];

  constructor(
    private readonly service: SessionService,
    private readonly simulatorsUrl: string,
    world: ReturnType<typeof createSimWorld>,
  ) {
    // a card once requested is valid, so each session needs a citizen of its own; protected persons cannot request
    this.candidates = [...world.citizens.values()]
      .filter((c) => !(c as { protectedPerson?: boolean }).protectedPerson)
      .map((c) => (c as { id: string }).id);
  }

  async ready(label: string): Promise<Ready> {
    for (;;) {
      const citizenId = this.candidates.shift();
      if (!citizenId) throw new Error('not enough citizens who can request a card: raise the simulated world');
      const viewer: Viewer = { role: 'citizen', userId: `bench-${label}-${citizenId}` };
      const started = await this.service.start(viewer, {
        procedureId: 'european-health-card',
        channel: 'web',
        language: 'es',
      });
      const record = (await (await fetch(`${this.simulatorsUrl}/sim/affiliation/citizens/${citizenId}`)).json()) as {
        id: string;
        protocol: Record<string, unknown>;
      };
      const answers = Object.fromEntries(
        started.identification.questions!.map((q) => [
          q.id,
          q.id === 'citizenId' ? record.id : String(record.protocol[q.id]),
        ]),
      );
      let view = await this.service.identify(viewer, started.sessionId, { method: 'protocol', answers });
      view = await untilSettled(this.service, { viewer, sessionId: view.sessionId }, view);
      if (view.step?.id === 'ConfirmRequest') return { viewer, sessionId: view.sessionId };
    }
  }
}

function confirmRequest(service: SessionService, s: Ready): Promise<StepView> {
  return service.submit(s.viewer, s.sessionId, {
    stepId: 'ConfirmRequest',
    answers: { addressConfirmed: 'yes', travellingSoon: 'no' },
    submissionId: `confirm-${s.sessionId}`,
  });
}

async function informRequested(service: SessionService, s: Ready): Promise<StepView> {
  const view = await service.submit(s.viewer, s.sessionId, {
    stepId: 'InformRequested',
    answers: {},
    submissionId: `inform-${s.sessionId}`,
  });
  if (view.status !== 'done') throw new Error(`after InformRequested: ${view.status}`);
  return view;
}

/** After ConfirmRequest: waits (untimed) for InformRequested when the submit answered 'working'. */
async function untilStep(service: SessionService, s: Ready, view: StepView): Promise<void> {
  const settled = await untilSettled(service, s, view);
  if (settled.step?.id !== 'InformRequested')
    throw new Error(`after ConfirmRequest: ${settled.status} ${settled.step?.id ?? ''}`);
}

async function untilSettled(service: SessionService, s: Ready, view: StepView): Promise<StepView> {
  const until = Date.now() + 120_000;
  for (let v = view; ; v = await service.view(s.viewer, s.sessionId)) {
    if (v.status !== 'working') return v;
    if (Date.now() > until) throw new Error(`session ${s.sessionId} still working after two minutes`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function timed<T>(fn: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const t = performance.now();
  const value = await fn();
  return { value, ms: performance.now() - t };
}

async function timedAll<T>(
  fns: Array<() => Promise<T>>,
): Promise<{ results: Array<{ value: T; ms: number }>; wallMs: number }> {
  const t = performance.now();
  const results = await Promise.all(fns.map((fn) => timed(fn)));
  return { results, wallMs: performance.now() - t };
}

// run alone: npx tsx channels/test/bench/submitLatency.ts [sessions]
if (process.argv[1]?.endsWith('submitLatency.ts')) {
  const sessions = Number(process.argv[2] ?? 50);
  const runs: LatencyRun[] = [];
  for (const database of databasesUnderTest()) {
    console.log(
      `${database.name}: load average ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}`,
    );
    runs.push(
      await measureSubmitLatency({
        database,
        sessions,
        oneAtATime: 20,
        connectors: (process.env.BENCH_CONNECTORS as LatencyConnectors) ?? 'real',
        settleMs: Number(process.env.SETTLE_MS ?? 1500),
      }),
    );
  }
  console.log(latencyTable(runs));
  // a script: do not wait for keep-alive sockets of the simulators and clients
  process.exit(0);
}
