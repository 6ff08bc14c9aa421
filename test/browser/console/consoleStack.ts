import { buildApp, databasesUnderTest, JobExecutor, type Db, type TestDatabase } from '@cauce/engine';
import { listSamples, loadSample } from '@cauce/procedures';
import { channelsApi, type SessionService, type Viewer } from '@cauce/channels';
import { channelsHarness } from '@cauce/channels/testing';
import { startConnectors } from '@cauce/connectors';
import { startSimulators } from '@cauce/connectors/simulators';
import { selfServicePages } from '@cauce/channels/self-service';
import { agentConsole } from '@cauce/agent-console';

/** A running Cauce for browser tests. @internal */
export interface ConsoleStack {
  /** `http://127.0.0.1:<port>`; the console is at `${address}/agente/` */
  address: string;
  simulatorsUrl: string;
  service: SessionService;
  /** the database the engine and the session service share (read the outcome of a run from it) */
  db: Db;
  /** protocol answers for the questions a view (or the page) asks, read from the affiliation simulator */
  protocolAnswers(citizenId: string, questionIds: string[]): Promise<Record<string, string>>;
  /** the one-time code last sent to a citizen by SMS (or email when they have no phone) */
  lastOtp(citizenId: string): Promise<string>;
  close(): Promise<void>;
}

/** Options of {@link startConsoleStack}. @internal */
export interface ConsoleStackOptions {
  /** also mount the citizens' self-service pages at `/tramites`, on the same session service (as the product does) */
  selfService?: boolean;
  /** the database to run on (default: PGlite, the first of databasesUnderTest) */
  database?: TestDatabase;
}

/**
 * The whole product for browser tests, with nothing stood in for: the engine and the session service on PGlite
 * (or `database`) with every sample procedure published, `/api` (channelsApi) and the console (agentConsole, built
 * if stale) on a real port — with `selfService`, the self-service pages at `/tramites` too, over the same service,
 * engine and database —, the simulated corporate systems, the real connector workers polling /engine-rest over
 * HTTP, and the job executor for timers.
 * @internal
 */
export async function startConsoleStack(opts: ConsoleStackOptions = {}): Promise<ConsoleStack> {
  const sims = await startSimulators({ port: 0 });
  const h = await channelsHarness(opts.database ?? databasesUnderTest()[0], sims.url, {
    packages: listSamples().map((id) => loadSample(id)),
    connectors: false,
    settleMs: 3000,
  });
  const app = buildApp({
    db: h.db,
    engine: h.engine,
    plugins: [
      { plugin: channelsApi, prefix: '/api', options: { service: h.service } },
      { plugin: agentConsole({ log: (line) => console.log(`[agent-console] ${line}`) }), prefix: '/agente' },
      ...(opts.selfService
        ? [
            {
              plugin: selfServicePages,
              prefix: '/tramites',
              options: { sessions: h.service, secret: 'console-stack-tests' },
            },
          ]
        : []),
    ],
  });
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  const executor = new JobExecutor(h.engine);
  executor.start();
  const connectors = await startConnectors({
    engineUrl: `${address}/engine-rest`,
    simulatorsUrl: sims.url,
    asyncResponseTimeout: 1000,
    interval: 10,
  });
  const record = async (citizenId: string) =>
    (await (await fetch(`${sims.url}/sim/affiliation/citizens/${citizenId}`)).json()) as {
      id: string;
      phone?: string;
      email?: string;
      protocol: Record<string, unknown>;
    };
  return {
    address,
    simulatorsUrl: sims.url,
    service: h.service,
    db: h.db,
    async protocolAnswers(citizenId, questionIds) {
      const r = await record(citizenId);
      return Object.fromEntries(questionIds.map((id) => [id, id === 'citizenId' ? r.id : String(r.protocol[id])]));
    },
    async lastOtp(citizenId) {
      const r = await record(citizenId);
      const [box, to] = r.phone ? ['sms', r.phone] : ['email', r.email!];
      const latest = (await (
        await fetch(`${sims.url}/sim/${box}/outbox/latest?to=${encodeURIComponent(to)}`)
      ).json()) as { detectedCode?: string };
      if (!latest.detectedCode) throw new Error(`no one-time code in the ${box} outbox for ${citizenId}`);
      return latest.detectedCode;
    },
    async close() {
      await connectors.stop();
      await executor.stop();
      await app.close();
      await h.close();
      await sims.close();
    },
  };
}

/** A citizen viewer for sessions started in process (the self-service pages' way in). @internal */
export function citizenViewer(id = 'citizen:browser-test'): Viewer {
  return { role: 'citizen', userId: id };
}
