import pg from 'pg';
import type { Db, Queryable, QueryResult } from './Db';
import { PgListener } from './PgListener';
import { isStalePlan, StatementNames } from './StatementNames';

/** @public */
export interface PostgresOptions {
  /** A libpq connection URL, e.g. `postgres://user@host:5432/db`. */
  url: string;
  /** Pool size (default 10). */
  size?: number;
  /**
   * Schema for every connection (`search_path` is set to it alone, so nothing resolves to `public` by accident);
   * created if missing. Lets tests and several engines share one database.
   */
  schema?: string;
  /** Shown in `pg_stat_activity` (default `cauce`); the LISTEN connection adds ` listen`. */
  applicationName?: string;
  /** Errors with no caller to report to: idle pool clients, the LISTEN connection. Default: ignored. */
  onError?: (err: unknown) => void;
}

/**
 * Opens a PostgreSQL database through a `pg` pool. Transactions take one pooled connection each; LISTEN uses
 * one dedicated connection (see PgListener). Statements with parameters run as named prepared statements, one
 * name per SQL text (StatementNames): each connection parses and plans them once.
 * @public
 */
export async function openPostgres(options: PostgresOptions): Promise<Db> {
  const onError = options.onError ?? (() => undefined);
  const schema = options.schema === undefined ? undefined : checkSchemaName(options.schema);
  const applicationName = options.applicationName ?? 'cauce';
  const config: pg.ClientConfig = {
    connectionString: options.url,
    application_name: applicationName,
    // Applied by the server at connection start, before any query can run on the connection.
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
    types: { getTypeParser: typeParser as pg.CustomTypesConfig['getTypeParser'] },
  };
  const pool = new pg.Pool({ ...config, max: options.size ?? 10 });
  const names = new StatementNames();
  pool.on('error', onError);
  const listener = new PgListener({ ...config, application_name: `${applicationName} listen` }, onError);
  if (schema)
    await createSchema(pool, schema).catch(async (err) => {
      await pool.end();
      throw err;
    });

  return {
    kind: 'postgres',
    query: (text, params) => run(pool, names, false, text, params),
    async tx(fn) {
      const client = await pool.connect();
      let open = true;
      const q: Queryable = {
        query: (text, params) => {
          // A released client may already serve another caller: refuse rather than run outside the transaction.
          if (!open) return Promise.reject(new Error('transaction is closed'));
          return run(client, names, true, text, params);
        },
      };
      try {
        await client.query('begin');
        const result = await fn(q);
        open = false;
        await client.query('commit');
        client.release();
        return result;
      } catch (err) {
        open = false;
        await client.query('rollback').then(
          () => client.release(),
          (rollbackErr: Error) => client.release(rollbackErr), // destroys the broken connection
        );
        throw err;
      }
    },
    listen: (channel, onNotify) => listener.listen(channel, onNotify),
    async close() {
      await listener.close();
      await pool.end();
    },
  };
}

// helpers
const INTERVAL = 1186;
const INTERVAL_ARRAY = 1187;
const TEXT_ARRAY = 1009;

/** pg's defaults, except `interval` as its Postgres text (`'1 day'`), which is what PGlite returns. */
function typeParser(oid: number, format?: 'text' | 'binary') {
  if (oid === INTERVAL) return (value: string) => value;
  if (oid === INTERVAL_ARRAY) return pg.types.getTypeParser(TEXT_ARRAY as never, format ?? 'text');
  return pg.types.getTypeParser(oid, format ?? 'text');
}

async function run<R>(
  on: pg.Pool | pg.PoolClient,
  names: StatementNames,
  inTransaction: boolean,
  text: string,
  params?: unknown[],
): Promise<QueryResult<R>> {
  const name = params !== undefined && params.length > 0 ? names.nameOf(text) : undefined;
  let res: pg.QueryResult | pg.QueryResult[];
  try {
    res = name ? await on.query({ name, text, values: params }) : await on.query(text, params);
  } catch (err) {
    if (!name || !isStalePlan(err)) throw err;
    // Prepared before a migration changed its result columns: unnamed from now on. Inside a transaction the
    // failure aborted it, so the error goes to the caller, whose retry runs unnamed (Engine.command retries it).
    names.unname(text);
    if (inTransaction) throw err;
    res = await on.query(text, params);
  }
  // Several statements without parameters (simple protocol) give one result each; keep the last, like PGlite's exec.
  const last = Array.isArray(res) ? res[res.length - 1] : res;
  return { rows: (last?.rows ?? []) as R[], rowCount: last?.rowCount ?? 0 };
}

function checkSchemaName(schema: string): string {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) throw new Error(`invalid schema name '${schema}'`);
  return schema;
}

async function createSchema(pool: pg.Pool, schema: string): Promise<void> {
  try {
    await pool.query(`create schema if not exists ${pg.escapeIdentifier(schema)}`);
  } catch (err) {
    // Two processes creating the schema at once: one of them loses the race on the catalog's unique index.
    if ((err as { code?: string }).code !== '23505' && (err as { code?: string }).code !== '42P06') throw err;
  }
}
