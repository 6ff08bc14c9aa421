import type { Engine, InstanceRow } from '../commands/Engine';
import { isUuid } from '../ids';
import type { InstanceStateName } from '../vocabulary/InstanceStates';
import type { Step } from '../model/Step';
import { queries as SQL } from '../store/generated/sql';

/** An open user task of an instance tree. @public */
export interface OpenTask {
  id: string;
  instanceId: string;
  tokenId: string;
  elementId: string;
  candidateGroups: string[];
  createdAt: Date;
  /** the step the task is, from the model of its own instance's definition */
  step?: Step;
}

/** What could still move an instance tree: people (user tasks), connectors (external tasks with retries left), an operator (incidents). @public */
export interface TreeProgress {
  state: InstanceStateName;
  openTasks: number;
  pendingExternalTasks: number;
  openIncidents: number;
}

/** One row of an instance's history, in the order the engine wrote it. @public */
export interface HistoryRecord {
  id: number;
  instanceId: string;
  rev: number;
  seq: number;
  kind: string;
  elementId: string | null;
  elementType: string | null;
  tokenId: string | null;
  at: Date;
  data: Record<string, unknown> | null;
}

/** An unresolved incident. @public */
export interface OpenIncident {
  id: string;
  elementId: string | null;
  type: string;
  message: string | null;
  createdAt: Date;
}

/**
 * Read-only views of running and finished instances, for the engine's own clients in process (channels, the
 * scenario runner) — the same rows the REST API lists, without going through HTTP. Unknown or malformed ids
 * read as nothing (undefined or []), never an error: callers decide whether that is a 404.
 */

/** The instance row (state, token tree and variables in `data`). @public */
export async function readInstance(engine: Engine, instanceId: string): Promise<InstanceRow | undefined> {
  if (!isUuid(instanceId)) return undefined;
  return (await engine.db.query<InstanceRow>(SQL.instanceSelect, [instanceId])).rows[0];
}

/** Open user tasks of an instance and of every instance it called, oldest first, each with its step. @public */
export async function openTasksOfTree(engine: Engine, rootInstanceId: string): Promise<OpenTask[]> {
  if (!isUuid(rootInstanceId)) return [];
  const { rows } = await engine.db.query(SQL.readOpenTasksOfTree, [rootInstanceId]);
  const tasks: OpenTask[] = [];
  for (const t of rows) {
    const step = (await engine.definitions.get(engine.db, t.definition_id)).model.nodes[t.element_id]?.step;
    tasks.push({
      id: t.id,
      instanceId: t.instance_id,
      tokenId: t.token_id,
      elementId: t.element_id,
      candidateGroups: t.candidate_groups ?? [],
      createdAt: new Date(t.created_at),
      ...(step ? { step } : {}),
    });
  }
  return tasks;
}

/** The state of a root instance and counts of what could still move its tree; undefined for an unknown id. @public */
export async function treeProgress(engine: Engine, rootInstanceId: string): Promise<TreeProgress | undefined> {
  if (!isUuid(rootInstanceId)) return undefined;
  const s = (await engine.db.query(SQL.readTreeProgress, [rootInstanceId])).rows[0];
  if (!s?.state) return undefined;
  return {
    state: s.state,
    openTasks: Number(s.tasks),
    pendingExternalTasks: Number(s.external_tasks),
    openIncidents: Number(s.incidents),
  };
}

/** History of some instances in the order it was written, optionally only some kinds (`activity_start`, `activity_end`, …). @public */
export async function instanceHistory(
  engine: Engine,
  instanceIds: string[],
  opts: { kinds?: string[] } = {},
): Promise<HistoryRecord[]> {
  const ids = instanceIds.filter(isUuid);
  if (!ids.length) return [];
  const { rows } = await engine.db.query(SQL.readHistory, [ids, opts.kinds ?? null]);
  return rows.map((r) => ({
    id: Number(r.id),
    instanceId: r.instance_id,
    rev: r.rev,
    seq: r.seq,
    kind: r.kind,
    elementId: r.element_id,
    elementType: r.element_type,
    tokenId: r.token_id,
    at: new Date(r.at),
    data: r.data ?? null,
  }));
}

/** Unresolved incidents of an instance, oldest first. @public */
export async function openIncidents(engine: Engine, instanceId: string): Promise<OpenIncident[]> {
  if (!isUuid(instanceId)) return [];
  const { rows } = await engine.db.query(SQL.readOpenIncidents, [instanceId]);
  return rows.map((r) => ({
    id: r.id,
    elementId: r.element_id,
    type: r.type,
    message: r.message,
    createdAt: new Date(r.created_at),
  }));
}

/**
 * Waits until only a person (or nothing) can move the instance tree — an open user task, the end, an incident, or no
 * external task left — or until `maxMs` passed. Returns whether it settled. Polls with a growing interval (10 ms ×1.5,
 * at most 100 ms): connectors answer a simulator call in 5–40 ms here, so most waits end within the first polls.
 * @public
 */
export async function waitUntilSettled(engine: Engine, rootInstanceId: string, maxMs: number): Promise<boolean> {
  const started = Date.now();
  let interval = 10;
  for (;;) {
    const p = await treeProgress(engine, rootInstanceId);
    if (!p || p.state !== 'ACTIVE' || p.openTasks > 0 || p.openIncidents > 0 || p.pendingExternalTasks === 0)
      return true;
    const left = maxMs - (Date.now() - started);
    if (left <= 0) return false;
    await new Promise((r) => setTimeout(r, Math.min(interval, left)));
    interval = Math.min(100, interval * 1.5);
  }
}
