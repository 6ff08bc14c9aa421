import {
  openTasksOfTree,
  readInstance,
  treeProgress,
  instanceHistory,
  waitUntilSettled,
  type Engine,
  type InstanceData,
} from '@cauce/engine';

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
 * The session service's reads of a procedure instance, through @cauce/engine's public instance reads: a snapshot
 * (row, open tasks of the tree, incidents), waiting for connectors to settle, and the activities that ended.
 * @internal
 */
export class EngineState {
  constructor(private readonly engine: Engine) {}

  async snapshot(instanceId: string): Promise<InstanceSnapshot | undefined> {
    const row = await readInstance(this.engine, instanceId);
    if (!row) return undefined;
    const [tasks, progress] = await Promise.all([
      openTasksOfTree(this.engine, row.root_instance_id),
      treeProgress(this.engine, row.root_instance_id),
    ]);
    return {
      id: row.id,
      definitionId: row.definition_id,
      state: row.state as InstanceSnapshot['state'],
      data: row.data,
      tasks: tasks.map(({ id, instanceId, tokenId, elementId, candidateGroups }) => ({
        id,
        instanceId,
        tokenId,
        elementId,
        candidateGroups,
      })),
      incidents: progress?.openIncidents ?? 0,
    };
  }

  /**
   * Waits until connectors have moved the instance to its next wait state for a person — an open user task, the
   * end, or an incident — or until `maxMs` passed (then the view says 'working').
   */
  settle(instanceId: string, maxMs: number): Promise<boolean> {
    return waitUntilSettled(this.engine, instanceId, maxMs);
  }

  /** activity_end events of the instances, in the order they happened (history ids are global and increasing). */
  async activityEnds(
    instanceIds: string[],
  ): Promise<Array<{ id: number; instanceId: string; elementId: string; elementType: string }>> {
    const ends = await instanceHistory(this.engine, instanceIds, { kinds: ['activity_end'] });
    return ends.map((e) => ({
      id: e.id,
      instanceId: e.instanceId,
      elementId: e.elementId ?? '',
      elementType: e.elementType ?? '',
    }));
  }
}
