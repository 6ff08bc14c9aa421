import { pathToFileURL } from 'node:url';
import { buildApp } from './app';
import { Engine } from './commands/Engine';
import { JobExecutor } from './jobs/JobExecutor';
import { migrate } from './store/migrate';
import { openDb } from './store/openDb';

/** What `npm start` reads from the environment. @public */
export interface ServerEnv {
  PORT?: string;
  /** Interface to listen on; default `localhost` (set `0.0.0.0` in a container). */
  HOST?: string;
  /** PostgreSQL URL; without it the engine runs on PGlite in CAUCE_DATA_DIR. */
  DATABASE_URL?: string;
  CAUCE_DATA_DIR?: string;
  /** pino level: fatal, error, warn, info (default), debug, trace, silent. */
  LOG_LEVEL?: string;
}

/**
 * Starts the product: opens the database (PostgreSQL when DATABASE_URL is set, else PGlite in CAUCE_DATA_DIR,
 * default ./.cauce), migrates it, builds the app, starts the job executor (timers) and listens on PORT (default
 * 3000). Returns a `stop` that closes in order: no new requests and long polls answered, timers stopped,
 * database closed.
 * @public
 */
export async function startServer(env: ServerEnv = process.env) {
  const db = await openDb(env.DATABASE_URL ? { url: env.DATABASE_URL } : { dataDir: env.CAUCE_DATA_DIR || './.cauce' });
  await migrate(db);
  const engine = new Engine({ db });
  const app = buildApp({ db, engine, logger: { level: env.LOG_LEVEL || 'info' } });
  const executor = new JobExecutor(engine);
  const address = await app.listen({ port: Number(env.PORT ?? 3000), host: env.HOST || 'localhost' });
  executor.start();
  let stopping: Promise<void> | undefined;
  const stop = () => (stopping ??= (async () => {
    await app.close();
    await executor.stop();
    await db.close();
  })());
  return { app, address, stop };
}

// `tsx engine/src/server.ts` (npm start): run until SIGTERM or SIGINT, then shut down cleanly.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const server = await startServer();
  server.app.log.info(`Cauce engine REST at ${server.address}/engine-rest`);
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      server.app.log.info(`${signal}: shutting down`);
      server.stop().then(() => process.exit(0), (error) => {
        server.app.log.error(error);
        process.exit(1);
      });
    });
  }
}
