import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  EngineProcess,
  EngineRest,
  auditRun,
  fixture,
  freshSchema,
  mapLimit,
  sleep,
  startOnce,
  startWorker,
  waitFor,
  type ClientEngineError,
  type ClientTask,
  type ClientTaskService,
  type FreshSchema,
  type Worker,
} from './harness';

/**
 * Multi-node test: three engine server processes share one PostgreSQL schema; four camunda-client workers, spread
 * over them, drain 5,000 instances of start → external task → end started round-robin through the three. Claims
 * go through `FOR UPDATE SKIP LOCKED` and instance updates through optimistic locking, so: no instance lost, none
 * completed twice, no task handed to two workers. PostgreSQL only.
 */

const url = process.env.DATABASE_URL;
const INSTANCES = 5000;
const NODES = 3;
const WORKERS = 4;
const KEY = 'e2eMultiNode';
/** Start requests in flight at once, spread over the nodes. */
const STARTERS = 24;

if (!url) console.warn('[e2e] multi-node.test.ts skipped: set DATABASE_URL (PostgreSQL) to run it');

describe.skipIf(!url)('multi-node: 3 engine processes on one PostgreSQL, 4 workers, 5,000 instances', () => {
  let schema: FreshSchema;
  let nodes: EngineProcess[] = [];
  const workers: Worker[] = [];

  beforeAll(async () => {
    schema = await freshSchema(url!);
    nodes = Array.from(
      { length: NODES },
      (_, i) => new EngineProcess({ databaseUrl: url!, schema: schema.schema, name: `node-${i + 1}` }),
    );
    await Promise.all(nodes.map((node) => node.start()));
  });

  afterAll(async () => {
    for (const worker of workers) worker.stop();
    await Promise.all(nodes.map((node) => node.stop()));
    await schema?.drop();
  });

  it('drains every instance exactly once', async () => {
    // given
    const rests = nodes.map((node) => new EngineRest(node.baseUrl));
    await rests[0].deploy('multi-node', [fixture('multi-node.bpmn')]);
    const fetched = new Map<string, number>();
    const completesBy = new Map<string, number>();
    const completeRetries: string[] = [];
    for (let w = 0; w < WORKERS; w++) {
      workers.push(
        await startWorker({
          baseUrl: nodes[w % NODES].baseUrl,
          workerId: `mn-worker-${w + 1}`,
          lockDuration: 60_000,
          maxTasks: 50,
          maxParallelExecutions: 50,
          interval: 10,
          asyncResponseTimeout: 2000,
          topics: {
            'multi-node-work': async ({ task, taskService }) => {
              fetched.set(task.id, (fetched.get(task.id) ?? 0) + 1);
              await completeCarefully(taskService, task, completeRetries);
              completesBy.set(task.workerId, (completesBy.get(task.workerId) ?? 0) + 1);
            },
          },
        }),
      );
    }

    // when
    const cpuBefore = { engines: nodes.map((node) => node.cpuMs() ?? 0), here: process.cpuUsage() };
    const started = performance.now();
    const startFailures: string[] = [];
    await mapLimit(
      Array.from({ length: INSTANCES }, (_, i) => i),
      STARTERS,
      (i) => startOnce(rests[i % NODES], schema.db, KEY, `mn-${i}`, startFailures),
    );
    const startedAllMs = performance.now() - started;
    await waitFor(
      'every instance to complete',
      async () => {
        const { rows } = await schema.db.query(
          `select count(*)::int as n from process_instance where definition_key = $1 and state = 'COMPLETED'`,
          [KEY],
        );
        return rows[0].n === INSTANCES;
      },
      { timeoutMs: 150_000, everyMs: 100 },
    );
    const drainedMs = performance.now() - started;
    for (const worker of workers) worker.stop();
    const engineCpuMs = nodes.reduce((sum, node, i) => sum + (node.cpuMs() ?? 0) - cpuBefore.engines[i], 0);
    const here = process.cpuUsage(cpuBefore.here);

    // then
    const audit = await auditRun(schema.db, KEY);
    const perWorker = workers.map((w) => `${w.workerId}: ${completesBy.get(w.workerId) ?? 0}`);
    const completes = [...completesBy.values()].reduce((a, b) => a + b, 0);
    console.log(
      `[e2e] multi-node: ${INSTANCES} instances on ${NODES} engine processes with ${WORKERS} workers (${perWorker.join(', ')}): ` +
        `all started in ${(startedAllMs / 1000).toFixed(1)} s, drained in ${(drainedMs / 1000).toFixed(1)} s = ` +
        `${(INSTANCES / (drainedMs / 1000)).toFixed(0)} instances/s (${((2 * INSTANCES) / (drainedMs / 1000)).toFixed(0)} commands/s); ` +
        `CPU: engines ${(engineCpuMs / INSTANCES).toFixed(1)} ms/instance, test process (workers, starters) ` +
        `${((here.user + here.system) / 1000 / INSTANCES).toFixed(1)} ms/instance\n` +
        `[e2e] multi-node audit: ${JSON.stringify(audit)}` +
        (startFailures.length
          ? `\n[e2e] multi-node: ${startFailures.length} start requests failed and were retried: ${[...new Set(startFailures)].slice(0, 5).join(' | ')}`
          : '') +
        (completeRetries.length
          ? `\n[e2e] multi-node: ${completeRetries.length} completes failed and were retried: ${[...new Set(completeRetries)].slice(0, 5).join(' | ')}`
          : ''),
    );
    expect(fetched.size).toBe(INSTANCES);
    expect([...fetched.values()].filter((n) => n !== 1)).toEqual([]); // no task handed to two workers
    expect(completes).toBe(INSTANCES);
    expect(workers.map((w) => w.handlerErrors)).toEqual(workers.map(() => 0));
    expect(audit).toEqual({
      instances: INSTANCES,
      businessKeys: INSTANCES,
      completed: INSTANCES,
      processEnds: INSTANCES,
      instancesWithoutOneEnd: 0,
      duplicateEventKeys: 0,
      elementsNotEndedOnce: 0,
      activityEnds: { end: INSTANCES, start: INSTANCES, work: INSTANCES },
      revMismatches: 0,
      openTasks: 0,
      openExternalTasks: 0,
      openJobs: 0,
      openSubscriptions: 0,
      incidents: 0,
    });
  }, 300_000);

  it('stops every engine process cleanly on SIGTERM', async () => {
    // given: the processes of the run above, idle
    const started = performance.now();

    // when
    const exits = await Promise.all(nodes.map((node) => node.stop()));

    // then
    console.log(
      `[e2e] multi-node: SIGTERM stop of ${NODES} processes took ${(performance.now() - started).toFixed(0)} ms`,
    );
    expect(exits).toEqual(nodes.map(() => 0));
  });
});

// helpers
/**
 * Completes like a careful worker: a 5xx or a network error (PostgreSQL refusing connections when the machine's
 * other suites hold them all) is retried; a 404 on a retry means the earlier attempt had committed.
 */
async function completeCarefully(taskService: ClientTaskService, task: ClientTask, retries: string[]): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await taskService.complete(task);
      return;
    } catch (error) {
      const status = (error as ClientEngineError).httpStatusCode;
      if (attempt > 0 && status === 404) return;
      if ((status !== undefined && status < 500) || attempt >= 10) throw error;
      retries.push((error as Error).message);
      await sleep(200 * (attempt + 1));
    }
  }
}
