import type { Db } from '../store/Db';
import { Engine } from '../commands/Engine';
import { deploy } from '../commands/deploy';

/**
 * An engine on a fresh database plus a movable clock, for tests. `at(ms)` moves time forward.
 * @internal
 */
export async function engineOn(db: Db) {
  let now = Date.parse('2026-01-01T09:00:00Z');
  const engine = new Engine({ db, clock: () => new Date(now) });
  return {
    engine,
    advance(ms: number) {
      now += ms;
    },
    deploy: (name: string, content: string) => deploy(engine, { name, resources: [{ name: `${name}.bpmn`, content }] }),
    async tasks(instanceId: string) {
      return (await db.query('select * from task where instance_id = $1 order by created_at, element_id', [instanceId]))
        .rows;
    },
    async externalTasks(instanceId: string) {
      return (await db.query('select * from external_task where instance_id = $1 order by element_id', [instanceId]))
        .rows;
    },
    async instance(id: string) {
      return (await db.query('select * from process_instance where id = $1', [id])).rows[0];
    },
    async activityPath(id: string) {
      const { rows } = await db.query(
        "select element_id from history_event where instance_id = $1 and kind = 'activity_end' order by rev, seq",
        [id],
      );
      return rows.map((r: { element_id: string }) => r.element_id);
    },
    async incidents(id: string) {
      return (await db.query('select * from incident where instance_id = $1', [id])).rows;
    },
  };
}
