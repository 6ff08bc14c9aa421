import type { Db } from './store/Db';
import { openDb } from './store/openDb';
import { openPostgres } from './store/openPostgres';

/** The settings a Cauce process reads from its environment (the engine server and `npm start`). @public */
export interface ServerEnv {
  PORT?: string;
  /** Interface to listen on; default `localhost` (set `0.0.0.0` in a container). */
  HOST?: string;
  /** PostgreSQL URL; without it the process runs on PGlite in CAUCE_DATA_DIR. */
  DATABASE_URL?: string;
  /** PostgreSQL only: the schema the tables live in (created if missing; default: the URL user's search_path). */
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

/** The settings, checked: a bad value throws {@link ServerSettingError} naming it. @public */
export function readServerSettings(env: ServerEnv) {
  return {
    port: integer(env, 'PORT', 3000, 0, 65535),
    host: env.HOST || 'localhost',
    dataDir: env.CAUCE_DATA_DIR || './.cauce',
    schema: env.DATABASE_SCHEMA ? schemaName(env.DATABASE_SCHEMA) : undefined,
    poolSize: integer(env, 'DATABASE_POOL_SIZE', 10, 1, 1000),
    stopGraceMs: integer(env, 'CAUCE_STOP_GRACE_MS', 2000, 0, 600_000),
  };
}

/** Opens PostgreSQL when DATABASE_URL is set (with DATABASE_SCHEMA and DATABASE_POOL_SIZE), else PGlite in CAUCE_DATA_DIR. @public */
export function openDbFromEnv(env: ServerEnv, settings = readServerSettings(env)): Promise<Db> {
  // openDb has no pool size option, so the URL case goes to openPostgres itself (openDb's own choice, same options).
  return env.DATABASE_URL
    ? openPostgres({ url: env.DATABASE_URL, schema: settings.schema, size: settings.poolSize })
    : openDb({ dataDir: settings.dataDir });
}

// helpers
function integer(
  env: ServerEnv,
  name: 'PORT' | 'DATABASE_POOL_SIZE' | 'CAUCE_STOP_GRACE_MS',
  fallback: number,
  min: number,
  max: number,
): number {
  const text = env[name]?.trim();
  if (!text) return fallback;
  const value = Number(text);
  if (!/^\d+$/.test(text) || value < min || value > max)
    throw new ServerSettingError(`${name} must be a whole number from ${min} to ${max} (it is '${text}')`);
  return value;
}

/** The same rule openPostgres applies, checked here so a bad value is a setting error, not a database one. */
function schemaName(text: string): string {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(text))
    throw new ServerSettingError(`DATABASE_SCHEMA must be a lower-case PostgreSQL name: a-z, 0-9, _ (it is '${text}')`);
  return text;
}
