import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { Client, Variables } from 'camunda-external-task-client-js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../store/Db';
import { databasesUnderTest } from '../../store/testing';
import { restOn, type RestHarness } from './testing/restHarness';

const reference = readFileSync(new URL('./rest.reference.bpmn', import.meta.url), 'utf8');
// Bounds are loose enough for a loaded CI machine, yet each stays below what the mechanism under test replaces
// (the 10–30 s timeouts, the 5 s recheck).
const until = async (check: () => boolean | Promise<boolean>, ms = 15_000) => {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 5));
  }
};

describe.each(databasesUnderTest())('fetchAndLock long polling on $name', (d) => {
  let db: Db;
  let h: RestHarness;
  const start = () =>
    h.post('/process-definition/key/reference/start', { variables: { amount: { value: 5000, type: 'Integer' } } });
  const poll = (workerId: string, asyncResponseTimeout: number, lockDuration = 10_000) =>
    h.post('/external-task/fetchAndLock', {
      workerId,
      maxTasks: 1,
      asyncResponseTimeout,
      topics: [{ topicName: 'check', lockDuration }],
    });
  beforeEach(async () => {
    db = await d.open();
    h = await restOn(db, { realClock: true });
    await h.deploy({ 'reference.bpmn': reference });
  });
  afterEach(async () => {
    await h.close();
    await db.close();
  });

  it('waits until a task of its topic is created, then answers at once', async () => {
    // given a worker waiting up to 10 s
    const waiting = poll('w1', 10_000);
    await until(() => h.app.externalTaskWakeups.waiting === 1);
    // when an instance creates a task
    const created = await start();
    const startedAt = Date.now();
    const res = await waiting;
    const wakeUpMs = Date.now() - startedAt;
    // then
    expect(created.statusCode).toBe(200);
    expect(res.data).toHaveLength(1);
    expect(res.data[0].processInstanceId).toBe(created.data.id);
    expect(wakeUpMs).toBeLessThan(3_000);
    expect(h.app.externalTaskWakeups.waiting).toBe(0);
  });

  it('answers [] when the timeout passes without a task', async () => {
    // given no instance
    const startedAt = Date.now();
    // when
    const res = await poll('w1', 300);
    // then
    expect(res.data).toEqual([]);
    expect(Date.now() - startedAt).toBeGreaterThanOrEqual(290);
    expect(Date.now() - startedAt).toBeLessThan(5_000);
  });

  it('wakes when the lock of a task held by another worker expires, and on unlock', async () => {
    // given w1 holds the only task for 400 ms
    await start();
    const [held] = (await poll('w1', 0, 400)).data;
    // when w2 waits
    const startedAt = Date.now();
    const expired = await poll('w2', 10_000, 400);
    const waitedMs = Date.now() - startedAt;
    const waitingAgain = poll('w3', 10_000);
    await until(() => h.app.externalTaskWakeups.waiting === 1);
    await h.post(`/external-task/${held.id}/unlock`);
    const unlocked = await waitingAgain;
    // then
    expect(expired.data[0]).toMatchObject({ id: held.id, workerId: 'w2' });
    expect(waitedMs).toBeGreaterThanOrEqual(300);
    expect(waitedMs).toBeLessThan(4_000);
    expect(unlocked.data[0]).toMatchObject({ id: held.id, workerId: 'w3' });
  });

  it('stops waiting when the client disconnects, and locks nothing for it', async () => {
    // given a real connection waiting 30 s
    await h.app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = h.app.server.address() as AddressInfo;
    const body = JSON.stringify({
      workerId: 'gone',
      maxTasks: 1,
      asyncResponseTimeout: 30_000,
      topics: [{ topicName: 'check', lockDuration: 60_000 }],
    });
    const req = httpRequest({
      host: '127.0.0.1',
      port,
      method: 'POST',
      path: '/engine-rest/external-task/fetchAndLock',
      headers: { 'content-type': 'application/json' },
    });
    req.on('error', () => undefined);
    req.end(body);
    await until(() => h.app.externalTaskWakeups.waiting === 1);
    // when the client goes away
    req.destroy();
    await until(() => h.app.externalTaskWakeups.waiting === 0, 5_000);
    await start();
    // then the new task is free for the next worker
    const res = await poll('next', 0);
    expect(res.data[0]).toMatchObject({ workerId: 'next' });
  });

  it('answers waiting requests at once when the app closes', async () => {
    // given
    const waiting = poll('w1', 30_000);
    await until(() => h.app.externalTaskWakeups.waiting === 1);
    const startedAt = Date.now();
    // when
    await h.app.close();
    const res = await waiting;
    // then
    expect(res.statusCode).toBe(200);
    expect(res.data).toEqual([]);
    expect(Date.now() - startedAt).toBeLessThan(5_000);
  });

  it('serves camunda-external-task-client-js: it parses the tasks and completes them', async () => {
    // given the real client long-polling this app over HTTP
    await h.app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = h.app.server.address() as AddressInfo;
    const client = new Client({
      baseUrl: `http://127.0.0.1:${port}/engine-rest`,
      asyncResponseTimeout: 5_000,
      autoPoll: false,
      interval: 50,
      workerId: 'js-client',
    });
    const seen: unknown[] = [];
    client.subscribe('check', async ({ task, taskService }) => {
      seen.push(task.variables.get('amount'));
      await taskService.complete(
        task,
        new Variables().set('checked', true).setTyped('score', { value: 7, type: 'integer', valueInfo: {} }),
      );
    });
    client.start();
    // when
    const instance = (await start()).data;
    await until(async () => (await h.get(`/task?processInstanceId=${instance.id}`)).data.length === 1, 10_000);
    client.stop();
    // then
    expect(seen).toEqual([5000]);
    const vars = (await h.get(`/process-instance/${instance.id}/variables`)).data;
    expect(vars.checked).toEqual({ value: true, type: 'Boolean', valueInfo: {} });
    expect(vars.score).toEqual({ value: 7, type: 'Integer', valueInfo: {} });
  });
});
