import { pathToFileURL } from 'node:url';
import { buildApp } from './app';
import { closePromptly } from './closePromptly';
import { Engine } from './commands/Engine';
import { JobExecutor } from './jobs/JobExecutor';
import { migrate } from './store/migrate';
import { openDb } from './store/openDb';
import { openPostgres } from './store/openPostgres';

/** What `startServer` reads from the environment. @public */
export interface ServerEnv {
  PORT?: string;
  /** Interface to listen on; default `localhost` (set `0.0.0.0` in a container). */
  HOST?: string;
  /** PostgreSQL URL; without it the engine runs on PGlite in CAUCE_DATA_DIR. */
  DATABASE_URL?: string;
  /** PostgreSQL only: the schema the engine's tables live in (created if missing; default: the URL user's search_path). */
  DATABASE_SCHEMA?: string;
  /** PostgreSQL only: connections in the pool, 1–1000 (default 10); the LISTEN connection is one more. */
  DATABASE_POOL_SIZE?: string;
  CAUCE_DATA_DIR?: string;
  /** pino level: fatal, error, warn, info (default), debug, trace, silent. */
  LOG_LEVEL?: string;
  /** How long `stop` lets requests in flight finish before it closes every connection, in ms (default 2000). */
  CAUCE_STOP_GRACE_MS?: string;
}

/** A setting of the environment that cannot be used; its message says which and why (no stack for users). @public */
export class ServerSettingError extends Error {
  readonly code = 'CAUCE_ERR_SETTING_INVALID';
}

/**
 * Starts the engine alone: opens the database (PostgreSQL when DATABASE_URL is set, with DATABASE_SCHEMA and
 * DATABASE_POOL_SIZE, else PGlite in CAUCE_DATA_DIR, default ./.cauce), migrates it, builds the app, starts the job
 * executor (timers) and listens on PORT (default 3000). Returns a `stop` that closes in order: no new requests and
 * long polls answered — requests still in flight after CAUCE_STOP_GRACE_MS are cut, so an idle keep-alive or a stalled
 * client cannot hold the stop — timers stopped, database closed. Bad settings throw {@link ServerSettingError}.
 * @public
 */
export async function startServer(env: ServerEnv = process.env) {
  const settings = readSettings(env);
  const db = env.DATABASE_URL
    // openDb has no pool size option, so the URL case goes to openPostgres itself (openDb's own choice, same options).
    ? await openPostgres({ url: env.DATABASE_URL, schema: settings.schema, size: settings.poolSize })
    : await openDb({ dataDir: env.CAUCE_DATA_DIR || './.cauce' });
  await migrate(db);
  const engine = new Engine({ db });
  const app = buildApp({ db, engine, logger: { level: env.LOG_LEVEL || 'info' } });
  const executor = new JobExecutor(engine);
  const address = await app.listen({ port: settings.port, host: env.HOST || 'localhost' });
  executor.start();
  let stopping: Promise<void> | undefined;
  const stop = () => (stopping ??= (async () => {
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
      server.stop().then(() => process.exit(0), (error) => {
        server.app.log.error(error);
        process.exit(1);
      });
    });
  }
}

// helpers
function readSettings(env: ServerEnv) {
  return {
    port: integer(env, 'PORT', 3000, 0, 65535),
    schema: env.DATABASE_SCHEMA ? schemaName(env.DATABASE_SCHEMA) : undefined,
    poolSize: integer(env, 'DATABASE_POOL_SIZE', 10, 1, 1000),
    stopGraceMs: integer(env, 'CAUCE_STOP_GRACE_MS', 2000, 0, 600_000),
  };
}

function integer(env: ServerEnv, name: 'PORT' | 'DATABASE_POOL_SIZE' | 'CAUCE_STOP_GRACE_MS', fallback: number, min: number, max: number): number {
  const text = env[name]?.trim();
  if (!text) return fallback;
  const value = Number(text);
  if (!/^\d+$/.test(text) || value < min || value > max) throw new ServerSettingError(`${name} must be a whole number from ${min} to ${max} (it is '${text}')`);
  return value;
}

/** The same rule openPostgres applies, checked here so a bad value is a setting error, not a database one. */
function schemaName(text: string): string {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(text)) throw new ServerSettingError(`DATABASE_SCHEMA must be a lower-case PostgreSQL name: a-z, 0-9, _ (it is '${text}')`);
  return text;
}
