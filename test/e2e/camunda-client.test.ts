import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { databasesUnderTest, type Db } from '@cauce/engine';
import {
  camundaClient,
  EngineProcess,
  EngineRest,
  fixture,
  freshSchema,
  sleep,
  startInProcessEngine,
  startWorker,
  waitFor,
  type ClientTask,
  type ClientTaskService,
  type ClientTypedValue,
  type FreshSchema,
  type InProcessEngine,
  type Worker,
} from './harness';

/**
 * The real camunda-external-task-client-js (3.1) drives processes through the engine over HTTP, exactly as a
 * connector would against Camunda 7: fetchAndLock, complete with typed variables, handleFailure with retries,
 * handleBpmnError, lock expiry, long polling. Runs on PGlite, and on PostgreSQL when DATABASE_URL is set.
 */

const LONG_POLL_MS = 20_000;

describe.each(databasesUnderTest())('camunda external task client against the engine on $name', (database) => {
  let db: Db;
  let engine: InProcessEngine;
  let rest: EngineRest;
  let workers: Worker[];

  beforeEach(async () => {
    db = await database.open();
    engine = await startInProcessEngine(db);
    rest = new EngineRest(engine.baseUrl);
    workers = [];
  });

  afterEach(async () => {
    for (const worker of workers) worker.stop();
    await engine.close();
    await db.close();
  });

  const worker = async (options: Omit<Parameters<typeof startWorker>[0], 'baseUrl'>) => {
    const started = await startWorker({ baseUrl: engine.baseUrl, ...options });
    workers.push(started);
    return started;
  };

  it('completes a process through workers that set String, Json and Integer variables', async () => {
    // given
    const { Variables } = await camundaClient();
    await rest.deploy('typed', [fixture('camunda-client.typed-variables.bpmn')]);
    const instance = await rest.start('e2eTyped', {
      businessKey: 'typed-1',
      variables: { applicant: { value: 'Ana', type: 'String' } },
    });
    let seenByConsumer: Record<string, ClientTypedValue> | undefined;
    let restView: Record<string, { type: string; value: unknown }> | undefined;

    // when
    await worker({
      workerId: 'typed-worker',
      topics: {
        produce: async ({ task, taskService }) => {
          const variables = new Variables()
            .set('fullName', `${task.variables.get('applicant')} Pérez`)
            .setTyped('address', { type: 'json', value: { street: 'Calle Mayor', number: 7 } })
            .setTyped('children', { type: 'integer', value: 2 });
          await taskService.complete(task, variables);
        },
        consume: async ({ task, taskService }) => {
          restView = await rest.get(`/process-instance/${task.processInstanceId}/variables`);
          seenByConsumer = task.variables.getAllTyped();
          await taskService.complete(task);
        },
      },
    });
    const history = await waitFor('the instance to complete', async () => {
      const h = await rest.get(`/history/process-instance/${instance.id}`);
      return h.state === 'COMPLETED' && h;
    });

    // then
    expect(history).toMatchObject({ id: instance.id, businessKey: 'typed-1', processDefinitionKey: 'e2eTyped' });
    // The engine answers with Camunda's type names and Json serialised as a string, as Camunda 7 does…
    expect(restView!.fullName).toMatchObject({ type: 'String', value: 'Ana Pérez' });
    expect(restView!.children).toMatchObject({ type: 'Integer', value: 2 });
    expect(restView!.address.type).toBe('Json');
    expect(JSON.parse(restView!.address.value as string)).toEqual({ street: 'Calle Mayor', number: 7 });
    // …and the client reads them back typed (it lower-cases type names itself).
    expect(seenByConsumer!.fullName).toMatchObject({ type: 'string', value: 'Ana Pérez' });
    expect(seenByConsumer!.address).toMatchObject({ type: 'json', value: { street: 'Calle Mayor', number: 7 } });
    expect(seenByConsumer!.children).toMatchObject({ type: 'integer', value: 2 });
    const activities = await rest.get('/history/activity-instance', { processInstanceId: instance.id });
    expect(activities.map((a: { activityId: string }) => a.activityId).sort()).toEqual([
      'consume',
      'end',
      'produce',
      'start',
    ]);
  });

  it('counts retries down with handleFailure and retryTimeout, then raises an incident', async () => {
    // given
    const retryTimeout = 300;
    await rest.deploy('retries', [fixture('camunda-client.retries.bpmn')]);
    const instance = await rest.start('e2eRetries');
    const attempts: Array<{ retries: number | null; fetchedAt: number; failingAt?: number }> = [];

    // when: every attempt fails; the first one (retries still null) grants 2 more
    await worker({
      workerId: 'flaky-worker',
      topics: {
        flaky: async ({ task, taskService }) => {
          const attempt: (typeof attempts)[number] = { retries: task.retries, fetchedAt: Date.now() };
          attempts.push(attempt);
          attempt.failingAt = Date.now();
          await taskService.handleFailure(task, {
            errorMessage: `attempt ${attempts.length} failed`,
            errorDetails: 'upstream answered 503',
            retries: (task.retries ?? 3) - 1,
            retryTimeout,
          });
        },
      },
    });
    const [incident] = await waitFor('an incident', async () => {
      const list = await rest.get('/incident', { processInstanceId: instance.id });
      return list.length > 0 && list;
    });
    await sleep(2 * retryTimeout); // room for an attempt that should not happen

    // then
    expect(attempts.map((a) => a.retries)).toEqual([null, 2, 1]);
    for (let i = 1; i < attempts.length; i++) {
      // not fetchable again before retryTimeout had passed since the failure was reported
      expect(attempts[i].fetchedAt - attempts[i - 1].failingAt!).toBeGreaterThanOrEqual(retryTimeout);
    }
    expect(incident).toMatchObject({
      incidentType: 'failedExternalTask',
      activityId: 'flaky',
      processInstanceId: instance.id,
      incidentMessage: 'attempt 3 failed',
    });
    const [task] = await rest.get('/external-task', { processInstanceId: instance.id });
    expect(task).toMatchObject({ retries: 0, errorMessage: 'attempt 3 failed', activityId: 'flaky' });
    expect(incident.configuration).toBe(task.id);
    expect((await rest.get(`/history/process-instance/${instance.id}`)).state).toBe('ACTIVE');
  });

  it('routes handleBpmnError to the error boundary event and on to another path', async () => {
    // given
    const { Variables } = await camundaClient();
    await rest.deploy('bpmn-error', [fixture('camunda-client.bpmn-error.bpmn')]);
    const instance = await rest.start('e2eBpmnError', { variables: { nif: { value: '00000000T', type: 'String' } } });
    let reasonSeenByFallback: unknown;

    // when
    await worker({
      workerId: 'lookup-worker',
      topics: {
        lookup: ({ task, taskService }) =>
          taskService.handleBpmnError(
            task,
            'NOT_FOUND',
            'no such citizen',
            new Variables().set('reason', `unknown NIF ${task.variables.get('nif')}`),
          ),
        fallback: async ({ task, taskService }) => {
          reasonSeenByFallback = task.variables.get('reason');
          await taskService.complete(task);
        },
      },
    });
    await waitFor(
      'the instance to complete',
      async () => (await rest.get(`/history/process-instance/${instance.id}`)).state === 'COMPLETED',
    );

    // then
    const activities = await rest.get('/history/activity-instance', { processInstanceId: instance.id });
    const ids = activities.map((a: { activityId: string }) => a.activityId);
    expect(ids).toEqual(expect.arrayContaining(['lookup', 'notFound', 'fallback', 'handled']));
    expect(ids).not.toContain('found');
    expect(reasonSeenByFallback).toBe('unknown NIF 00000000T');
    expect(await rest.get('/incident', { processInstanceId: instance.id })).toEqual([]);
  });

  it('lets a second worker re-fetch a task whose lock expired, and refuses the first worker', async () => {
    // given: worker A locks the task for 300 ms and never completes it
    await rest.deploy('one-task', [fixture('camunda-client.one-task.bpmn')]);
    const instance = await rest.start('e2eOneTask');
    let heldByA: { task: ClientTask; taskService: ClientTaskService } | undefined;
    const a: Worker = await worker({
      workerId: 'worker-a',
      lockDuration: 300,
      topics: {
        work: (args) => {
          a.stop();
          heldByA = args;
        },
      },
    });
    const { task, taskService: asA } = await waitFor('worker A to lock the task', () => heldByA);
    await waitFor('the lock to expire', () => Date.now() > Date.parse(task.lockExpirationTime) + 50, { everyMs: 20 });

    // when / then: A's complete after expiry is refused
    await expect(asA.complete(task)).rejects.toMatchObject({ httpStatusCode: 400, code: 'CAUCE_ERR_LOCK_EXPIRED' });

    // when: worker B fetches it again and holds it
    let releaseB!: () => void;
    const gate = new Promise<void>((resolve) => {
      releaseB = resolve;
    });
    let heldByB: ClientTask | undefined;
    let completedByB: true | Error | undefined;
    const b: Worker = await worker({
      workerId: 'worker-b',
      lockDuration: 30_000,
      topics: {
        work: async ({ task: fetched, taskService }) => {
          b.stop();
          heldByB = fetched;
          await gate;
          completedByB = await taskService.complete(fetched).then(
            () => true as const,
            (error: Error) => error,
          );
        },
      },
    });
    const refetched = await waitFor('worker B to lock the task', () => heldByB);

    // then: the same task, now B's; A is refused, B completes, A's last try finds no task
    expect(refetched.id).toBe(task.id);
    expect(refetched.workerId).toBe('worker-b');
    await expect(asA.complete(task)).rejects.toMatchObject({ httpStatusCode: 400, code: 'CAUCE_ERR_TASK_NOT_LOCKED' });
    releaseB();
    expect(await waitFor('worker B to complete', () => completedByB)).toBe(true);
    await expect(asA.complete(task)).rejects.toMatchObject({
      httpStatusCode: 404,
      code: 'CAUCE_ERR_EXTERNAL_TASK_NOT_FOUND',
    });
    expect((await rest.get(`/history/process-instance/${instance.id}`)).state).toBe('COMPLETED');
    expect(a.handlerErrors + b.handlerErrors).toBe(0);
  });

  it('hands a task whose lock expires to a worker already long-polling, in that same request', async () => {
    // given: A holds the task for 1 s; B then waits in one fetchAndLock of up to 20 s
    await rest.deploy('one-task', [fixture('camunda-client.one-task.bpmn')]);
    const instance = await rest.start('e2eOneTask');
    let heldByA: ClientTask | undefined;
    const a: Worker = await worker({
      workerId: 'worker-a',
      lockDuration: 1000,
      topics: {
        work: ({ task }) => {
          a.stop();
          heldByA = task;
        },
      },
    });
    const task = await waitFor('worker A to lock the task', () => heldByA);
    const wake = await longPollingWorker(engine.baseUrl, workers, 'worker-b');

    // when
    const receivedAt = await waitFor('worker B to receive the task', () => wake.receivedAt, {
      timeoutMs: LONG_POLL_MS + 5000,
      everyMs: 5,
    });

    // then: woken when the lock fell due, not by its own timeout and a new poll
    const afterExpiry = performance.timeOrigin + receivedAt - Date.parse(task.lockExpirationTime);
    console.log(
      `[e2e] lock expiry on ${database.name}: long-polling worker B got the task ${afterExpiry.toFixed(0)} ms after A's lock expired`,
    );
    expect(wake.pollsBeforeTask).toBe(1);
    expect(wake.taskId).toBe(task.id);
    expect(await waitFor('worker B to complete the task', () => wake.completed)).toBe(true);
    expect((await rest.get(`/history/process-instance/${instance.id}`)).state).toBe('COMPLETED');
  });

  it('wakes a long-polling worker when a task is created', async () => {
    // given: a worker waiting in one fetchAndLock of up to 20 s
    await rest.deploy('one-task', [fixture('camunda-client.one-task.bpmn')]);
    const wake = await longPollingWorker(engine.baseUrl, workers);
    await sleep(1000);

    // when
    const startedAt = performance.now();
    await rest.start('e2eOneTask');
    const receivedAt = await waitFor('the long-polling worker to receive the task', () => wake.receivedAt, {
      timeoutMs: LONG_POLL_MS + 5000,
      everyMs: 5,
    });

    // then: woken inside the same request, not by its timeout and a new poll
    const latency = receivedAt - startedAt;
    console.log(
      `[e2e] long polling on ${database.name}: task received ${latency.toFixed(0)} ms after the start request was sent`,
    );
    expect(latency).toBeLessThan(LONG_POLL_MS);
    expect(wake.pollsBeforeTask).toBe(1);
    expect(await waitFor('the worker to complete the task', () => wake.completed)).toBe(true);
  });
});

describe.skipIf(!process.env.DATABASE_URL)(
  'camunda external task client across two engine processes on PostgreSQL',
  () => {
    let schema: FreshSchema;
    let one: EngineProcess;
    let two: EngineProcess;
    const workers: Worker[] = [];

    beforeAll(async () => {
      schema = await freshSchema(process.env.DATABASE_URL!);
      const options = { databaseUrl: process.env.DATABASE_URL!, schema: schema.schema };
      one = new EngineProcess({ ...options, name: 'engine-1' });
      two = new EngineProcess({ ...options, name: 'engine-2' });
      await Promise.all([one.start(), two.start()]);
    });

    afterAll(async () => {
      for (const worker of workers) worker.stop();
      await Promise.all([one?.stop(), two?.stop()]);
      await schema?.drop();
    });

    it('wakes a worker long-polling on process 2 when process 1 creates the task (LISTEN/NOTIFY)', async () => {
      // given
      const viaOne = new EngineRest(one.baseUrl);
      await viaOne.deploy('one-task', [fixture('camunda-client.one-task.bpmn')]);
      const wake = await longPollingWorker(two.baseUrl, workers);
      await sleep(1000);

      // when
      const startedAt = performance.now();
      const instance = await viaOne.start('e2eOneTask');
      const receivedAt = await waitFor('the long-polling worker to receive the task', () => wake.receivedAt, {
        timeoutMs: LONG_POLL_MS + 5000,
        everyMs: 5,
      });

      // then
      const latency = receivedAt - startedAt;
      console.log(
        `[e2e] long polling across processes on postgres: task received ${latency.toFixed(0)} ms after the start request was sent`,
      );
      expect(latency).toBeLessThan(LONG_POLL_MS);
      expect(wake.pollsBeforeTask).toBe(1);
      expect(await waitFor('the worker to complete the task', () => wake.completed)).toBe(true);
      await waitFor(
        'the instance to complete',
        async () => (await viaOne.get(`/history/process-instance/${instance.id}`)).state === 'COMPLETED',
      );
    });
  },
);

// helpers
/** A worker in one long fetchAndLock (asyncResponseTimeout 20 s) that stops polling once it has its task. */
async function longPollingWorker(baseUrl: string, workers: Worker[], workerId = 'long-poller') {
  const wake: { receivedAt?: number; taskId?: string; pollsBeforeTask: number; completed?: true | Error } = {
    pollsBeforeTask: 0,
  };
  const worker: Worker = await startWorker({
    baseUrl,
    workerId,
    asyncResponseTimeout: LONG_POLL_MS,
    interval: 10,
    autoPoll: false,
    topics: {
      work: async ({ task, taskService }) => {
        wake.receivedAt ??= performance.now();
        wake.taskId = task.id;
        worker.stop();
        wake.completed = await taskService.complete(task).then(
          () => true as const,
          (error: Error) => error,
        );
      },
    },
  });
  worker.client.on('poll:start', () => {
    if (wake.receivedAt === undefined) wake.pollsBeforeTask++;
  });
  worker.client.start();
  workers.push(worker);
  return wake;
}
