import {
  instanceHistory,
  openIncidents,
  instanceSnapshot,
  openTasksOfTree,
  type Engine,
  type InstanceSnapshot,
} from '@cauce/engine';
import type { HistoryEvent } from './flowCoverage';

/**
 * The reads the scenario runner makes of an instance, through @cauce/engine's public instance reads, in the
 * row shapes the coverage and path functions take.
 * @internal
 */
export const engineReads = {
  /** the instance: its state, where it waits, its variables */
  instance(engine: Engine, id: string): Promise<InstanceSnapshot | undefined> {
    return instanceSnapshot(engine, id);
  },
  /** open user tasks of the instance and of any instance it called */
  async openTasks(
    engine: Engine,
    rootId: string,
  ): Promise<Array<{ id: string; element_id: string; instance_id: string }>> {
    return (await openTasksOfTree(engine, rootId)).map((t) => ({
      id: t.id,
      element_id: t.elementId,
      instance_id: t.instanceId,
    }));
  },
  async history(engine: Engine, id: string): Promise<HistoryEvent[]> {
    return (await instanceHistory(engine, [id])).map((e) => ({ kind: e.kind, element_id: e.elementId, data: e.data }));
  },
  async openIncidents(
    engine: Engine,
    id: string,
  ): Promise<Array<{ element_id: string | null; type: string; message: string | null }>> {
    return (await openIncidents(engine, id)).map((i) => ({
      element_id: i.elementId,
      type: i.type,
      message: i.message,
    }));
  },
};
