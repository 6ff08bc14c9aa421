/**
 * The one database interface every engine module uses. Two implementations exist — PostgreSQL through `pg`
 * (`openPostgres`) and in-process PGlite (`openPglite`) — and the same test suite runs on both
 * (`databasesUnderTest`), so code written against `Db` behaves the same on either.
 *
 * Portable conventions (both adapters enforce or share them):
 * - `query(text)` without parameters uses the simple protocol and may hold several statements; the result is
 *   the last statement's. With parameters it is exactly one statement with `$1…` placeholders.
 * - Types come back as node-postgres returns them by default, except `interval`, which is the Postgres text
 *   (`'1 day'`): `int8`/`numeric` are strings, `bytea` a Buffer, `json(b)` parsed, `timestamptz` a Date.
 * - Pass JSON parameters as `JSON.stringify(x)`: `pg` sends a JS array as a Postgres array literal.
 * @public
 */
export interface QueryResult<R> {
  rows: R[];
  /** Rows returned by a SELECT or changed by INSERT/UPDATE/DELETE, as in `pg`. */
  rowCount: number;
}

/**
 * A query text that carries the type of its rows, so `query` returns them typed: every named query of the bundle
 * (`generated/sql.ts`, row types in `QueryRows.ts`) is one. At run time it is the plain string.
 * @public
 */
export type Sql<R> = string & { readonly __rows?: R };

/**
 * Anything that runs a query: the database itself or the handle of an open transaction. Rows are typed by the
 * query (`Sql<R>`); a plain string's rows are what the caller names (`query<{ n: number }>(text)`), else untyped.
 * @public
 */
export interface Queryable {
  query<R = any>(text: Sql<R>, params?: unknown[]): Promise<QueryResult<R>>;
}

/** @public */
export interface Db extends Queryable {
  readonly kind: 'pglite' | 'postgres';
  /**
   * Runs fn in one transaction (BEGIN/COMMIT, ROLLBACK on throw).
   * Inside fn use only `q`: on PGlite (one connection) a `db.query` or nested `db.tx` issued from fn waits for
   * the transaction to end, so awaiting it there never returns; on PostgreSQL it would run outside the transaction.
   */
  tx<T>(fn: (q: Queryable) => Promise<T>): Promise<T>;
  /** LISTEN on a channel; returns an unlisten function. Notifications sent with pg_notify inside a tx arrive after commit. */
  listen(channel: string, onNotify: (payload: string) => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
}
