import {
  instanceHistory,
  instanceSnapshot,
  openTasksOfTree,
  treeProgress,
  waitUntilSettled,
  type Engine,
  type InstanceSnapshot as EngineSnapshot,
  type OpenTask,
} from '@cauce/engine';

/**
 * Where a procedure instance stands, as a step view needs it: the engine's snapshot (state, model, live activities,
 * variables) plus the open user tasks of its tree and its open incidents.
 * @internal
 */
export interface InstanceSnapshot extends EngineSnapshot {
  /** open user tasks of the instance tree, oldest first */
  tasks: Array<Pick<OpenTask, 'id' | 'instanceId' | 'tokenId' | 'elementId' | 'candidateGroups' | 'step'>>;
  incidents: number;
}

/**
 * The session service's reads of a procedure instance, through @cauce/engine's public reads: a snapshot (the
 * instance, open tasks of the tree, incidents), waiting for connectors to settle, and the activities that ended.
 * @internal
 */
export class EngineState {
  constructor(private readonly engine: Engine) {}

  async snapshot(instanceId: string): Promise<InstanceSnapshot | undefined> {
    const instance = await instanceSnapshot(this.engine, instanceId);
    if (!instance) return undefined;
    const [tasks, progress] = await Promise.all([
      openTasksOfTree(this.engine, instance.rootInstanceId),
      treeProgress(this.engine, instance.rootInstanceId),
    ]);
    return {
      ...instance,
      tasks: tasks.map(({ id, instanceId, tokenId, elementId, candidateGroups, step }) => ({
        id,
        instanceId,
        tokenId,
        elementId,
        candidateGroups,
        step,
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
