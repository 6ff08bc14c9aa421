import type { Db } from './Db';
import { openPglite } from './openPglite';
import { openPostgres } from './openPostgres';

/** @public */
export interface OpenDbOptions {
  /** PostgreSQL URL; when set the engine uses PostgreSQL, otherwise PGlite. */
  url?: string;
  /** PGlite only: directory of the database files (in memory when omitted). */
  dataDir?: string;
  /** PostgreSQL only: schema to use (created if missing). */
  schema?: string;
}

/** Opens the engine's database: PostgreSQL when a URL is given, else an in-process PGlite. @public */
export function openDb(options: OpenDbOptions = {}): Promise<Db> {
  if (options.url) return openPostgres({ url: options.url, schema: options.schema });
  return openPglite({ dataDir: options.dataDir });
}
