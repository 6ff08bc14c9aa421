import {
  buildApp,
  closePromptly,
  Engine,
  JobExecutor,
  migrate,
  openDbFromEnv,
  readServerSettings,
  type ServerEnv,
} from '@cauce/engine';
import { startConnectors } from '@cauce/connectors';
import { startSimulators } from '@cauce/connectors/simulators';
import { channelsApi, createSessionService, DemoAuth, migrateChannels, publishPackages } from '@cauce/channels';
import { selfServicePages } from '@cauce/channels/self-service';
import { agentConsole } from '@cauce/agent-console';
import { designerApp } from '@cauce/designer';
import { samplesRoot } from '@cauce/procedures';
import { homePage } from './homePage';
import { productSecrets } from './productSecrets';

export interface ProductEnv extends ServerEnv {
  /** where the simulated corporate systems listen; default PORT + 1 */
  CAUCE_SIMULATORS_PORT?: string;
  /** signing keys; default: random, kept in CAUCE_DATA_DIR/secrets.json (see productSecrets) */
  CAUCE_SELF_SERVICE_SECRET?: string;
  CAUCE_OTP_SECRET?: string;
  CAUCE_AUTH_SECRET?: string;
}

/**
 * The whole product in one process (what `npm start` runs): engine with its REST API and timers, the
 * simulated corporate systems, the connector workers (over HTTP, like any external worker) and the sample
 * procedures, on PGlite in CAUCE_DATA_DIR unless DATABASE_URL names a PostgreSQL server.
 * @public
 */
export async function startProduct(env: ProductEnv = process.env) {
  const settings = readServerSettings(env);
  const { port, host, dataDir, stopGraceMs } = settings;
  const log = (line: string) => console.log(`[cauce] ${line}`);
  log(
    env.DATABASE_URL
      ? `database: PostgreSQL${settings.schema ? `, schema ${settings.schema}` : ''}`
      : `database: PGlite in ${dataDir}`,
  );
  const db = await openDbFromEnv(env, settings);
  const secrets = productSecrets(dataDir, env);
  await migrate(db);
  await migrateChannels(db);
  const engine = new Engine({ db });
  const simulators = await startSimulators({ port: Number(env.CAUCE_SIMULATORS_PORT ?? (port === 0 ? 0 : port + 1)) });
  log(`simulated corporate systems at ${simulators.url}/sim (SMS outbox: ${simulators.url}/sim/sms/outbox)`);
  const samples = await publishPackages(db, engine, { root: samplesRoot, replace: true });
  for (const p of samples.published) if (p.published) log(`published sample procedure ${p.procedureId} ${p.version}`);
  for (const f of samples.failed) log(`could not publish ${f.id}: ${f.error}`);
  const sessions = createSessionService({ db, engine, simulatorsUrl: simulators.url, otpSecret: secrets.otp });
  const app = buildApp({
    db,
    engine,
    logger: { level: 'warn' },
    plugins: [
      { plugin: homePage({ simulatorsUrl: simulators.url }), prefix: '/' },
      {
        plugin: channelsApi,
        prefix: '/api',
        options: { service: sessions, auth: new DemoAuth({ secret: secrets.auth }) },
      },
      { plugin: selfServicePages, prefix: '/tramites', options: { sessions, secret: secrets.selfService } },
      { plugin: agentConsole({ log }), prefix: '/agente' },
      { plugin: designerApp({ log }), prefix: '/disenador' },
    ],
  });
  const executor = new JobExecutor(engine);
  const address = await app.listen({ port, host });
  executor.start();
  // stop() lets the workers' long poll run out rather than cut it (see startConnectors), so its length bounds the
  // stop: the grace, instead of the client's 10 s (an idle worker then polls every 2 s, a trivial query).
  const connectors = await startConnectors({
    engineUrl: `${address}/engine-rest`,
    simulatorsUrl: simulators.url,
    asyncResponseTimeout: Math.max(1000, stopGraceMs),
  });
  log(`engine REST at ${address}/engine-rest (OpenAPI: ${address}/engine-rest/openapi.json)`);
  log(`home: ${address}/`);
  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      await connectors.stop();
      // requests still in flight after the grace (a stalled client, a working page waiting on connectors) are cut
      await closePromptly(app, stopGraceMs);
      await executor.stop();
      await simulators.close();
      await db.close();
    })());
  return { app, address, simulators, stop };
}
