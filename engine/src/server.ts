import { pathToFileURL } from 'node:url';
import { buildApp } from './app';
import { closePromptly } from './closePromptly';
import { Engine } from './commands/Engine';
import { JobExecutor } from './jobs/JobExecutor';
import { migrate } from './store/migrate';
import { openDbFromEnv, readServerSettings, ServerSettingError, type ServerEnv } from './serverSettings';

export { ServerSettingError, type ServerEnv } from './serverSettings';

/**
 * Starts the engine alone: opens the database (PostgreSQL when DATABASE_URL is set, with DATABASE_SCHEMA and
 * DATABASE_POOL_SIZE, else PGlite in CAUCE_DATA_DIR, default ./.cauce), migrates it, builds the app, starts the job
 * executor (timers) and listens on PORT (default 3000). Returns a `stop` that closes in order: no new requests and
 * long polls answered — requests still in flight after CAUCE_STOP_GRACE_MS are cut, so an idle keep-alive or a stalled
 * client cannot hold the stop — timers stopped, database closed. Bad settings throw {@link ServerSettingError}.
 * @public
 */
export async function startServer(env: ServerEnv = process.env) {
  const settings = readServerSettings(env);
  const db = await openDbFromEnv(env, settings);
  await migrate(db);
  const engine = new Engine({ db });
  const app = buildApp({ db, engine, logger: { level: env.LOG_LEVEL || 'info' } });
  const executor = new JobExecutor(engine);
  const address = await app.listen({ port: settings.port, host: settings.host });
  executor.start();
  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      await closePromptly(app, settings.stopGraceMs);
      await executor.stop();
      await db.close();
    })());
  return { app, address, stop };
}

// `tsx engine/src/server.ts`: run until SIGTERM or SIGINT, then shut down cleanly.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const server = await startServer().catch((error: unknown) => {
    if (!(error instanceof ServerSettingError)) throw error;
    console.error(`cauce: ${error.message}`);
    process.exit(2);
  });
  server.app.log.info(`Cauce engine REST at ${server.address}/engine-rest`);
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      server.app.log.info(`${signal}: shutting down`);
      server.stop().then(
        () => process.exit(0),
        (error) => {
          server.app.log.error(error);
          process.exit(1);
        },
      );
    });
  }
}
