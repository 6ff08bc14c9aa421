import { Errors } from '../errorCodes';
import { loadBpmn } from '../model/loadBpmn';
import type { ProcessModel } from '../model/ProcessModel';
import type { Queryable } from '../store/Db';
import { queries as SQL } from '../store/generated/sql';

export interface DefinitionRow {
  id: string;
  key: string;
  version: number;
}

/**
 * Compiled process models by definition id. Definitions never change once deployed, so a cache
 * is safe across engine processes; a miss compiles the stored XML again. Also the latest definition id of
 * each key, which can go stale: its users check it (see `latestIdOf`).
 * @internal
 */
export class DefinitionCache {
  private readonly models = new Map<string, { row: DefinitionRow; model: ProcessModel }>();
  private readonly latestIds = new Map<string, string>();

  constructor(private readonly limit = 500) {}

  async get(q: Queryable, definitionId: string): Promise<{ row: DefinitionRow; model: ProcessModel }> {
    const hit = this.models.get(definitionId);
    if (hit) return hit;
    const { rows } = await q.query(SQL.definitionSource, [definitionId]);
    if (!rows[0]) throw Errors.definitionNotFound(definitionId);
    const loaded = await loadBpmn(rows[0].content);
    if (!loaded.ok) throw loaded.error;
    const model = loaded.value.processes.find((p) => p.id === rows[0].key);
    if (!model) throw Errors.definitionNotFound(definitionId);
    const entry = { row: { id: rows[0].id, key: rows[0].key, version: rows[0].version }, model };
    if (this.models.size >= this.limit) this.models.delete(this.models.keys().next().value!);
    this.models.set(definitionId, entry);
    return entry;
  }

  put(row: DefinitionRow, model: ProcessModel): void {
    this.models.set(row.id, { row, model });
  }

  /**
   * The id of the latest version of `key` as this process last read it. Another process may have deployed a newer
   * one since: a start by key checks it in its insert (instanceInsert.sql) and forgets it when it is stale.
   */
  latestIdOf(key: string): string | undefined {
    return this.latestIds.get(key);
  }

  rememberLatest(key: string, definitionId: string): void {
    if (this.latestIds.size >= this.limit && !this.latestIds.has(key))
      this.latestIds.delete(this.latestIds.keys().next().value!);
    this.latestIds.set(key, definitionId);
  }

  forgetLatest(key: string): void {
    this.latestIds.delete(key);
  }
}
