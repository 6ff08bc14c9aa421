import { buildApp, databasesUnderTest, Engine } from '@cauce/engine';
import { listSamples, loadSample } from '@cauce/procedures';
import { startSimulators, type RunningSimulators } from '@cauce/connectors/simulators';
import { createSessionService, publishProcedure, type SessionService } from '../../src/index';
import { channelsTestDb } from '../../src/testing/channelsTestDb';
import { selfServicePages } from '../src/index';
import { scenarioConnectors } from './scenarioConnectors';

/** Which workers answer the procedures' external tasks in a stack. @internal */
export type ConnectorMode = 'scenario' | 'real';

/**
 * Test support: the real product around the self-service pages — the engine (buildApp) on a PGlite test database
 * with the channels tables, every sample procedure published, the session service, the simulators (identification
 * and one-time codes go to them), the pages mounted at `/tramites`, listening on a free port; and the workers:
 * `real` runs the connectors of connectors/ (camunda client over /engine-rest, calling the simulators), `scenario`
 * answers each task with the scenario's outcome through the engine API (the stand-in used before the connectors
 * landed, kept for outcomes the simulators cannot give). Default: `CAUCE_SS_CONNECTORS`, else `real`.
 * `slowSystems` delays the named simulated systems (the working page).
 * @internal
 */
export async function startSelfServiceStack(
  opts: {
    connectors?: ConnectorMode;
    slowSystems?: Partial<Record<'pensions' | 'subsidies' | 'appointments', number>>;
    settleMs?: number;
    waitMs?: number;
    maxWaits?: number;
    onRoute?: Parameters<typeof buildApp>[0]['onRoute'];
  } = {},
) {
  const mode: ConnectorMode = opts.connectors ?? (process.env.CAUCE_SS_CONNECTORS === 'scenario' ? 'scenario' : 'real');
  const perService = Object.fromEntries(
    Object.entries(opts.slowSystems ?? {}).map(([service, latencyMs]) => [service, { latencyMs }]),
  );
  const sims: RunningSimulators = await startSimulators({ port: 0, perService });
  const db = await channelsTestDb(databasesUnderTest().find((d) => d.name === 'pglite')!);
  const engine = new Engine({ db });
  for (const id of listSamples()) await publishProcedure(db, engine, loadSample(id));
  const sessions: SessionService = createSessionService({
    db,
    engine,
    simulatorsUrl: sims.url,
    settleMs: opts.settleMs ?? 2500,
    otpSecret: 'self-service-tests',
  });
  const app = buildApp({
    db,
    engine,
    onRoute: opts.onRoute,
    plugins: [
      {
        plugin: selfServicePages,
        prefix: '/tramites',
        options: { sessions, secret: 'self-service-tests', waitMs: opts.waitMs ?? 3000, maxWaits: opts.maxWaits ?? 15 },
      },
    ],
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server!.address() as { port: number };
  const url = `http://127.0.0.1:${port}`;
  const scenario = mode === 'scenario' ? scenarioConnectors(engine) : undefined;
  let stopReal: (() => Promise<void>) | undefined;
  if (mode === 'real') {
    const { startConnectors } = await import('@cauce/connectors');
    const running = await startConnectors({
      engineUrl: `${url}/engine-rest`,
      simulatorsUrl: sims.url,
      asyncResponseTimeout: 2000,
      interval: 20,
    });
    stopReal = () => running.stop();
  }
  return {
    mode,
    url,
    base: `${url}/tramites`,
    db,
    engine,
    sessions,
    simulatorsUrl: sims.url,
    scenario,
    async close() {
      await scenario?.stop();
      await stopReal?.();
      await app.close();
      await sims.close();
      await db.close();
    },
  };
}

/** The answers to a citizen's identification questions, read from the affiliation simulator. @internal */
export async function protocolAnswer(simulatorsUrl: string, citizenId: string, question: string): Promise<string> {
  const record = (await (await fetch(`${simulatorsUrl}/sim/affiliation/citizens/${citizenId}`)).json()) as {
    id: string;
    protocol: Record<string, unknown>;
  };
  return question === 'citizenId' ? record.id : String(record.protocol[question]);
}

/** The last one-time code sent to a citizen (SMS or email outbox of the simulators). @internal */
export async function lastCode(simulatorsUrl: string, channel: 'sms' | 'email', to: string): Promise<string> {
  const r = await fetch(`${simulatorsUrl}/sim/${channel}/outbox/latest?to=${encodeURIComponent(to)}`);
  const body = (await r.json()) as { detectedCode?: string };
  if (!body.detectedCode) throw new Error(`no code sent by ${channel} to ${to}`);
  return body.detectedCode;
}
