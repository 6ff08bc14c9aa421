import type { Db } from '@cauce/engine';
import { ChannelsErrors } from '../errors';
import { SQL } from '../store/sql';
import type { PublishedPackage } from './PublishedPackage';

/**
 * Reads published packages. A version never changes once published (publishProcedure refuses other content under
 * the same version), so rows are cached by id and version for the life of the process.
 * @internal
 */
export class PackageStore {
  private readonly cache = new Map<string, PublishedPackage>();

  constructor(private readonly db: Db) {}

  async get(procedureId: string, version: string): Promise<PublishedPackage> {
    const key = `${procedureId}@${version}`;
    const hit = this.cache.get(key);
    if (hit) return hit;
    const row = (await this.db.query(SQL.packageSelect, [procedureId, version])).rows[0];
    if (!row) throw ChannelsErrors.procedureNotFound(key);
    const pkg = toPackage(row);
    this.cache.set(key, pkg);
    return pkg;
  }

  async latest(procedureId: string): Promise<PublishedPackage> {
    const row = (await this.db.query(SQL.packageLatest, [procedureId])).rows[0];
    if (!row) throw ChannelsErrors.procedureNotFound(procedureId);
    return this.get(row.procedure_id, row.version);
  }

  /** The newest version of every published procedure. */
  async all(): Promise<PublishedPackage[]> {
    const { rows } = await this.db.query(SQL.packageLatestAll);
    return Promise.all(rows.map((r: { procedure_id: string; version: string }) => this.get(r.procedure_id, r.version)));
  }
}

// helpers
function toPackage(row: any): PublishedPackage {
  return {
    procedureId: row.procedure_id,
    version: row.version,
    definitionId: row.definition_id,
    definitionKey: row.definition_key,
    manifest: row.manifest,
    forms: row.forms,
    texts: row.texts,
  };
}
