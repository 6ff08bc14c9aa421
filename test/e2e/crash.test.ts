import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  auditRun,
  camundaClient,
  EngineProcess,
  EngineRest,
  fixture,
  freshSchema,
  mapLimit,
  sleep,
  startOnce,
  startWorker,
  waitFor,
  type FreshSchema,
  type Worker,
} from './harness';

/**
 * Crash test: an engine server process runs 2,000 instances of start → external task → user task → end, driven by
 * two camunda-client workers, a user-task completer and a starter, all over HTTP. Once a quarter of the instances
 * have completed, the engine process is killed with SIGKILL (no shutdown hook runs; transactions are cut), then
 * started again on the same port. Every client just keeps retrying, as real ones do. At the end SQL shows that
 * every instance ended exactly once, with no history event written twice and nothing left behind.
 * PostgreSQL only (a second process cannot open an embedded PGlite).
 */

const url = process.env.DATABASE_URL;
const INSTANCES = 2000;
const KEY = 'e2eCrash';
/** Locks held when the engine dies come back after this; short, so the run ends soon after the restart. */
const LOCK_MS = 3000;

if (!url) console.warn('[e2e] crash.test.ts skipped: set DATABASE_URL (PostgreSQL) to run it');

describe.skipIf(!url)('crash: kill -9 of the engine process in the middle of 2,000 instances', () => {
  let schema: FreshSchema;
  let engine: EngineProcess;
  const workers: Worker[] = [];
  let running = true;

  beforeAll(async () => {
    schema = await freshSchema(url!);
    engine = await new EngineProcess({ databaseUrl: url!, schema: schema.schema, name: 'crash-engine' }).start();
  });

  afterAll(async () => {
    running = false;
    for (const worker of workers) worker.stop();
    await engine?.stop();
    await schema?.drop();
  });

  it('ends every instance exactly once after a restart', async () => {
    // given
    const rest = new EngineRest(engine.baseUrl);
    await rest.deploy('crash', [fixture('crash.bpmn')]);
    const { Variables } = await camundaClient();
    for (const workerId of ['crash-worker-1', 'crash-worker-2']) {
      workers.push(
        await startWorker({
          baseUrl: engine.baseUrl,
          workerId,
          lockDuration: LOCK_MS,
          maxTasks: 25,
          maxParallelExecutions: 25,
          interval: 20,
          topics: {
            // A refused complete (the engine died, or the lock came back to another worker) is counted by the client.
            'crash-work': ({ task, taskService }) => taskService.complete(task, new Variables().set('checked', true)),
          },
        }),
      );
    }
    const stats = { userTaskErrors: 0, userTasksCompleted: 0 };
    const startFailures: string[] = [];
    const userTasks = completeUserTasks(rest, () => running, stats);
    const started = Date.now();
    const starts = mapLimit(
      Array.from({ length: INSTANCES }, (_, i) => `crash-${i}`),
      16,
      (businessKey) => startOnce(rest, schema.db, KEY, businessKey, startFailures),
    );

    // when: kill -9 once a quarter has completed, then start the engine again
    const atKill = await waitFor(
      'a quarter of the instances to complete',
      async () => {
        const counts = await progress(schema);
        return counts.completed >= INSTANCES / 4 && counts;
      },
      { timeoutMs: 120_000, everyMs: 50 },
    );
    await engine.kill();
    const killedAt = Date.now();
    await sleep(300);
    await engine.restart();
    const restartMs = Date.now() - killedAt;
    await starts;
    await waitFor('every instance to complete', async () => (await progress(schema)).completed === INSTANCES, {
      timeoutMs: 150_000,
      everyMs: 250,
    });
    const totalMs = Date.now() - started;
    running = false;
    for (const worker of workers) worker.stop();
    await userTasks;

    // then
    const audit = await auditRun(schema.db, KEY);
    console.log(
      `[e2e] crash: killed at ${atKill.started} started / ${atKill.completed} completed; back after ${restartMs} ms; ` +
        `${INSTANCES} instances in ${(totalMs / 1000).toFixed(1)} s; start retries ${startFailures.length}, ` +
        `refused or failed completes: external ${workers.reduce((n, w) => n + w.handlerErrors, 0)}, user ${stats.userTaskErrors}; ` +
        `worker polls refused ${workers.reduce((n, w) => n + w.pollErrors, 0)}\n[e2e] crash audit: ${JSON.stringify(audit)}`,
    );
    expect(audit).toEqual({
      instances: INSTANCES,
      businessKeys: INSTANCES,
      completed: INSTANCES,
      processEnds: INSTANCES,
      instancesWithoutOneEnd: 0,
      duplicateEventKeys: 0,
      elementsNotEndedOnce: 0,
      activityEnds: { end: INSTANCES, review: INSTANCES, start: INSTANCES, work: INSTANCES },
      revMismatches: 0,
      openTasks: 0,
      openExternalTasks: 0,
      openJobs: 0,
      openSubscriptions: 0,
      incidents: 0,
    });
  }, 300_000);
});

// helpers
async function progress(schema: FreshSchema): Promise<{ started: number; completed: number }> {
  const { rows } = await schema.db.query(
    `select count(*)::int as started, (count(*) filter (where state = 'COMPLETED'))::int as completed from process_instance where definition_key = $1`,
    [KEY],
  );
  return rows[0];
}

/** An agent completing user tasks through the REST API, whatever happens to the engine. */
async function completeUserTasks(
  rest: EngineRest,
  running: () => boolean,
  stats: { userTaskErrors: number; userTasksCompleted: number },
): Promise<void> {
  while (running()) {
    try {
      const tasks: Array<{ id: string }> = await rest.get('/task', { processDefinitionKey: KEY, maxResults: 200 });
      await mapLimit(tasks, 8, async (task) => {
        try {
          await rest.post(`/task/${task.id}/complete`, { variables: { approved: { value: true, type: 'Boolean' } } });
          stats.userTasksCompleted++;
        } catch {
          stats.userTaskErrors++; // the engine is down, or the task was completed by a request cut by the crash
        }
      });
      if (tasks.length === 0) await sleep(50);
    } catch {
      await sleep(100);
    }
  }
}
