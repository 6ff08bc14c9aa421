import type { Engine, InstanceRow } from '@cauce/engine';
import type { HistoryEvent } from './flowCoverage';

/**
 * Reads of an instance's state that the engine has no public function for yet (open tasks, history,
 * incidents). They read the engine's store tables directly and belong in @cauce/engine's surface; until
 * they move there, this is the one file of this package that knows the table names.
 * @internal
 */
export const engineReads = {
  async instance(engine: Engine, id: string): Promise<InstanceRow | undefined> {
    return (await engine.db.query<InstanceRow>('select * from process_instance where id = $1', [id])).rows[0];
  },
  /** open user tasks of the instance and of any instance it called */
  async openTasks(engine: Engine, rootId: string): Promise<Array<{ id: string; element_id: string; instance_id: string }>> {
    const { rows } = await engine.db.query(
      'select t.id, t.element_id, t.instance_id from task t join process_instance i on i.id = t.instance_id where i.root_instance_id = $1 order by t.created_at, t.element_id',
      [rootId],
    );
    return rows as Array<{ id: string; element_id: string; instance_id: string }>;
  },
  async history(engine: Engine, id: string): Promise<HistoryEvent[]> {
    const { rows } = await engine.db.query('select kind, element_id, data from history_event where instance_id = $1 order by rev, seq', [id]);
    return rows as HistoryEvent[];
  },
  async openIncidents(engine: Engine, id: string): Promise<Array<{ element_id: string | null; type: string; message: string | null }>> {
    const { rows } = await engine.db.query('select element_id, type, message from incident where instance_id = $1 and resolved_at is null order by created_at', [id]);
    return rows as Array<{ element_id: string | null; type: string; message: string | null }>;
  },
};
