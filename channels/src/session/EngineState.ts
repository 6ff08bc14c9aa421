import type { Engine, InstanceData } from '@cauce/engine';
import { SQL } from '../store/sql';

/** Where a procedure instance stands, as a step view needs it. @internal */
export interface InstanceSnapshot {
  id: string;
  definitionId: string;
  state: 'ACTIVE' | 'COMPLETED' | 'EXTERNALLY_TERMINATED';
  data: InstanceData;
  /** open user tasks of the instance tree, oldest first */
  tasks: Array<{ id: string; instanceId: string; tokenId: string; elementId: string; candidateGroups: string[] }>;
  incidents: number;
}

/**
 * Reads of the engine's store that the engine has no public function for yet (open tasks of an instance tree,
 * whether connectors still work on it, activity history). They read its tables directly, read-only, and belong
 * in @cauce/engine's surface; this is the one file of the channels that knows those tables.
 * @internal
 */
export class EngineState {
  constructor(private readonly engine: Engine) {}

  async snapshot(instanceId: string): Promise<InstanceSnapshot | undefined> {
    const db = this.engine.db;
    const row = (await db.query(SQL.engineInstance, [instanceId])).rows[0];
    if (!row) return undefined;
    const [tasks, settle] = await Promise.all([db.query(SQL.engineOpenTasks, [row.root_instance_id]), db.query(SQL.engineSettle, [row.root_instance_id])]);
    return {
      id: row.id, definitionId: row.definition_id, state: row.state, data: row.data,
      tasks: tasks.rows.map((t: any) => ({ id: t.id, instanceId: t.instance_id, tokenId: t.token_id, elementId: t.element_id, candidateGroups: t.candidate_groups ?? [] })),
      incidents: Number(settle.rows[0].incidents),
    };
  }

  /**
   * Waits until connectors have moved the instance to its next wait state for a person — an open user task, the
   * end, or an incident — or until `maxMs` passed (then the view says 'working'). Polls with a growing interval
   * (10 ms × 1.5, at most 100 ms): the in-process and HTTP connectors complete a simulator call in 5–40 ms here,
   * so most steps settle within the first few polls; LISTEN would save little and is not portable to every Db.
   */
  async settle(instanceId: string, maxMs: number): Promise<boolean> {
    const started = Date.now();
    let interval = 10;
    for (;;) {
      const { rows } = await this.engine.db.query(SQL.engineSettle, [instanceId]);
      const s = rows[0];
      if (!s || s.state !== 'ACTIVE' || Number(s.tasks) > 0 || Number(s.incidents) > 0 || Number(s.external_tasks) === 0) return true;
      if (Date.now() - started >= maxMs) return false;
      await new Promise((r) => setTimeout(r, Math.min(interval, Math.max(1, maxMs - (Date.now() - started)))));
      interval = Math.min(100, interval * 1.5);
    }
  }

  /** activity_end events of the instances, in the order they happened (history ids are global and increasing). */
  async activityEnds(instanceIds: string[]): Promise<Array<{ id: number; instanceId: string; elementId: string; elementType: string }>> {
    if (!instanceIds.length) return [];
    const { rows } = await this.engine.db.query(SQL.engineHistory, [instanceIds]);
    return rows.map((r: any) => ({ id: Number(r.id), instanceId: r.instance_id, elementId: r.element_id, elementType: r.element_type }));
  }
}
