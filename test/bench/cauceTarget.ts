import {
  completeExternalTask,
  completeTask,
  deploy,
  Engine,
  fetchAndLock,
  typedFromPlain,
  type Db,
} from '@cauce/engine';
import type { Target } from './Workload';

/** The variables the bench's worker and clerks complete with. @internal */
export const WORKER_VARIABLES = { amount: 5000 };
export const CLERK_VARIABLES = { approved: true };

/**
 * Cauce driven in-process, through the engine's public functions, the way the REST layer calls them.
 * The task list is read with one SQL query: the engine core has no task query of its own yet (the REST
 * layer's `GET /task` is that list).
 * @internal
 */
export async function cauceTarget(db: Db, xml: string): Promise<Target & { engine: Engine }> {
  const engine = new Engine({ db });
  const { definitions } = await deploy(engine, {
    name: 'bench',
    resources: [{ name: 'reference.bpmn', content: xml }],
  });
  const definitionId = definitions[0].id;
  const workerVars = typedFromPlain(WORKER_VARIABLES);
  const clerkVars = typedFromPlain(CLERK_VARIABLES);
  return {
    engine,
    async start(businessKey) {
      await engine.startProcess({ key: 'benchReference', businessKey });
    },
    async fetchAndLock(workerId, maxTasks) {
      const tasks = await fetchAndLock(engine, {
        workerId,
        maxTasks,
        topics: [{ topicName: 'check', lockDuration: 60_000 }],
      });
      return tasks.map((t) => t.id);
    },
    completeExternal: (id, workerId) => completeExternalTask(engine, id, workerId, workerVars),
    async listUserTasks(max) {
      const { rows } = await db.query<{ id: string }>(
        "select id from task where definition_id = $1 and element_id = 'review' order by created_at limit $2",
        [definitionId, max],
      );
      return rows.map((r) => r.id);
    },
    async completeUserTask(id) {
      await completeTask(engine, id, clerkVars);
    },
  };
}

/** Checks the run: every instance completed, through the user task. Returns a problem, or undefined. @internal */
export async function checkCompleted(db: Db, expected: number): Promise<string | undefined> {
  const { rows } = await db.query<{ completed: string; active: string; reviewed: string; incidents: string }>(`
    select (select count(*) from process_instance where state = 'COMPLETED') as completed,
           (select count(*) from process_instance where state <> 'COMPLETED') as active,
           (select count(*) from history_event where kind = 'activity_end' and element_id = 'review') as reviewed,
           (select count(*) from incident) as incidents`);
  const r = rows[0];
  const got = {
    completed: Number(r.completed),
    active: Number(r.active),
    reviewed: Number(r.reviewed),
    incidents: Number(r.incidents),
  };
  if (got.completed === expected && got.active === 0 && got.reviewed === expected && got.incidents === 0)
    return undefined;
  return `expected ${expected} completed instances, each through 'review'; found ${JSON.stringify(got)}`;
}
