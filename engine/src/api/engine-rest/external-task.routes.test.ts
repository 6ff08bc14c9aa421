import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../store/Db';
import { databasesUnderTest } from '../../store/testing';
import { restOn, type RestHarness } from './testing/restHarness';

const reference = readFileSync(new URL('./rest.reference.bpmn', import.meta.url), 'utf8');
const UNKNOWN = '00000000-0000-4000-8000-000000000000';
const topics = [{ topicName: 'check', lockDuration: 10_000 }];

describe.each(databasesUnderTest())('external-task routes on $name', (d) => {
  let db: Db;
  let h: RestHarness;
  const start = async (businessKey = 'case', amount = 5000) =>
    (
      await h.post('/process-definition/key/reference/start', {
        businessKey,
        variables: { amount: { value: amount, type: 'Integer' }, citizen: { value: { name: 'Ana' }, type: 'Json' } },
      })
    ).data;
  const fetch = async (workerId = 'w1', body: Record<string, unknown> = {}) =>
    (await h.post('/external-task/fetchAndLock', { workerId, maxTasks: 10, topics, ...body })).data;
  beforeEach(async () => {
    db = await d.open();
    h = await restOn(db);
    await h.deploy({ 'reference.bpmn': reference });
  });
  afterEach(async () => {
    await h.close();
    await db.close();
  });

  it('fetches and locks tasks with typed variables, exactly as application/json', async () => {
    // given
    const instance = await start();
    // when
    const res = await h.post('/external-task/fetchAndLock', {
      workerId: 'w1',
      maxTasks: 10,
      usePriority: true,
      topics: [{ topicName: 'check', lockDuration: 10_000, variables: ['amount'] }],
    });
    const again = await fetch('w2');
    // then
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/json');
    expect(res.data).toHaveLength(1);
    expect(res.data[0]).toMatchObject({
      topicName: 'check',
      workerId: 'w1',
      activityId: 'check',
      processInstanceId: instance.id,
      processDefinitionKey: 'reference',
      processDefinitionVersionTag: 'v1',
      businessKey: 'case',
      retries: null,
      priority: 0,
      tenantId: null,
      lockExpirationTime: '2026-01-01T09:00:10.000+0000',
      variables: { amount: { value: 5000, type: 'Integer', valueInfo: {} } },
    });
    expect(res.data[0].executionId).toBe(res.data[0].activityInstanceId);
    expect(again).toEqual([]);
  });

  it('completes a task with variables and moves the instance on once; a duplicate complete is a 404', async () => {
    // given
    const instance = await start();
    const [task] = await fetch();
    // when
    const first = await h.post(`/external-task/${task.id}/complete`, {
      workerId: 'w1',
      variables: { checked: { value: 'yes', type: 'string' } },
      localVariables: null,
    });
    const after = await h.instance(instance.id);
    const second = await h.post(`/external-task/${task.id}/complete`, { workerId: 'w1' });
    // then
    expect(first.statusCode).toBe(204);
    expect(second.statusCode).toBe(404);
    expect(second.data.code).toBe('CAUCE_ERR_EXTERNAL_TASK_NOT_FOUND');
    expect(await h.instance(instance.id)).toEqual(after);
    expect((await h.get(`/process-instance/${instance.id}/variables/checked`)).data.value).toBe('yes');
    expect((await h.get(`/task?processInstanceId=${instance.id}`)).data.map((t: any) => t.taskDefinitionKey)).toEqual([
      'review',
    ]);
  });

  it('refuses a wrong worker and an expired lock, changing nothing', async () => {
    // given
    const instance = await start();
    const [task] = await fetch('w1');
    const before = await h.instance(instance.id);
    // when
    const wrong = await h.post(`/external-task/${task.id}/complete`, { workerId: 'intruder' });
    const wrongFailure = await h.post(`/external-task/${task.id}/failure`, { workerId: 'intruder', retries: 0 });
    const wrongError = await h.post(`/external-task/${task.id}/bpmnError`, {
      workerId: 'intruder',
      errorCode: 'NOT_FOUND',
    });
    const wrongExtend = await h.post(`/external-task/${task.id}/extendLock`, {
      workerId: 'intruder',
      newDuration: 1000,
    });
    h.advance(10_001);
    const expired = await h.post(`/external-task/${task.id}/complete`, { workerId: 'w1' });
    // then
    for (const res of [wrong, wrongFailure, wrongError, wrongExtend]) {
      expect(res.statusCode).toBe(400);
      expect(res.data).toMatchObject({ type: 'BadUserRequestException', code: 'CAUCE_ERR_TASK_NOT_LOCKED' });
    }
    expect(expired.statusCode).toBe(400);
    expect(expired.data.code).toBe('CAUCE_ERR_LOCK_EXPIRED');
    expect(await h.instance(instance.id)).toEqual(before);
    expect(await h.count('incident')).toBe(0);
    const [refetched] = await fetch('w2');
    expect(refetched.id).toBe(task.id);
  });

  it('extends and releases locks', async () => {
    // given
    await start();
    const [task] = await fetch('w1');
    // when
    const extend = await h.post(`/external-task/${task.id}/extendLock`, { workerId: 'w1', newDuration: 60_000 });
    const locked = (await h.get(`/external-task/${task.id}`)).data;
    const unlock = await h.post(`/external-task/${task.id}/unlock`);
    const [refetched] = await fetch('w2');
    // then
    expect(extend.statusCode).toBe(204);
    expect(locked.lockExpirationTime).toBe('2026-01-01T09:01:00.000+0000');
    expect(unlock.statusCode).toBe(204);
    expect(refetched).toMatchObject({ id: task.id, workerId: 'w2' });
  });

  it('retries a failure after retryTimeout, raises an incident at 0 retries, and new retries resolve it', async () => {
    // given
    const instance = await start();
    let [task] = await fetch();
    // when
    await h.post(`/external-task/${task.id}/failure`, {
      workerId: 'w1',
      errorMessage: 'timeout',
      errorDetails: 'stack',
      retries: 1,
      retryTimeout: 5000,
    });
    const tooEarly = await fetch();
    h.advance(5000);
    [task] = await fetch();
    const failed = await h.post(`/external-task/${task.id}/failure`, {
      workerId: 'w1',
      errorMessage: 'still down',
      retries: 0,
    });
    const incidents = (await h.get(`/incident?processInstanceId=${instance.id}`)).data;
    const stuck = await fetch();
    const retried = await h.put(`/external-task/${task.id}/retries`, { retries: 2 });
    // then
    expect(tooEarly).toEqual([]);
    expect(task).toMatchObject({ retries: 1, errorMessage: 'timeout', errorDetails: 'stack' });
    expect(failed.statusCode).toBe(204);
    expect(incidents).toHaveLength(1);
    expect(incidents[0]).toMatchObject({
      incidentType: 'failedExternalTask',
      activityId: 'check',
      configuration: task.id,
      incidentMessage: 'still down',
      processInstanceId: instance.id,
    });
    expect((await h.get('/external-task/count?noRetriesLeft=true')).data).toEqual({ count: 0 });
    expect(stuck).toEqual([]);
    expect(retried.statusCode).toBe(204);
    expect((await h.get('/incident/count')).data).toEqual({ count: 0 });
    expect((await fetch())[0]).toMatchObject({ id: task.id, retries: 2 });
  });

  it('routes a BPMN error to its boundary event, and makes an uncaught one an incident', async () => {
    // given
    const caught = await start('caught');
    let [task] = await fetch();
    // when
    const res = await h.post(`/external-task/${task.id}/bpmnError`, {
      workerId: 'w1',
      errorCode: 'NOT_FOUND',
      errorMessage: 'no such citizen',
      variables: { reason: { value: 'unknown', type: 'String' } },
    });
    const uncaught = await start('uncaught');
    [task] = await fetch();
    await h.post(`/external-task/${task.id}/bpmnError`, { workerId: 'w1', errorCode: 'OTHER' });
    // then
    expect(res.statusCode).toBe(204);
    expect((await h.get(`/task?processInstanceId=${caught.id}`)).data.map((t: any) => t.taskDefinitionKey)).toEqual([
      'handle',
    ]);
    expect((await h.get(`/process-instance/${caught.id}/variables/reason`)).data.value).toBe('unknown');
    expect(
      (await h.get(`/incident?processInstanceId=${uncaught.id}&incidentType=unhandledBpmnError`)).data,
    ).toHaveLength(1);
  });

  it('lists, counts and gets external tasks with Camunda filters', async () => {
    // given one locked task, one free one, one with no retries left
    const a = await start('a');
    h.advance(1000);
    const b = await start('b');
    h.advance(1000);
    const c = await start('c');
    const [locked] = (await h.post('/external-task/fetchAndLock', { workerId: 'w1', maxTasks: 1, topics })).data;
    const [failing] = (await h.post('/external-task/fetchAndLock', { workerId: 'w2', maxTasks: 1, topics })).data;
    await h.post(`/external-task/${failing.id}/failure`, { workerId: 'w2', retries: 0 });
    // when
    const q = async (query: string) =>
      (await h.get(`/external-task?${query}`)).data.map((t: any) => t.processInstanceId);
    // then
    expect(await q('topicName=check')).toEqual([a.id, b.id, c.id]);
    expect(await q('locked=true')).toEqual([locked.processInstanceId]);
    expect(await q('notLocked=true')).toEqual([b.id, c.id]);
    expect(await q('workerId=w1')).toEqual([a.id]);
    expect(await q('withRetriesLeft=true')).toEqual([a.id, c.id]);
    expect(await q('noRetriesLeft=true')).toEqual([b.id]);
    expect(await q(`processInstanceId=${c.id}`)).toEqual([c.id]);
    expect(await q('processInstanceId=not-a-uuid')).toEqual([]);
    expect(await q('maxResults=1&firstResult=1')).toEqual([b.id]);
    expect((await h.get('/external-task/count?topicName=check&notLocked=true')).data).toEqual({ count: 2 });
    expect((await h.get(`/external-task/${locked.id}`)).data).toMatchObject({
      id: locked.id,
      workerId: 'w1',
      suspended: false,
      createTime: '2026-01-01T09:00:00.000+0000',
    });
  });

  it('answers 404 for unknown ids, UUIDs or not, on every {id} route', async () => {
    for (const id of [UNKNOWN, 'not-a-uuid']) {
      // given an id no task has
      // when
      const results = [
        await h.get(`/external-task/${id}`),
        await h.post(`/external-task/${id}/complete`, { workerId: 'w' }),
        await h.post(`/external-task/${id}/failure`, { workerId: 'w', retries: 0 }),
        await h.post(`/external-task/${id}/bpmnError`, { workerId: 'w', errorCode: 'E' }),
        await h.post(`/external-task/${id}/extendLock`, { workerId: 'w', newDuration: 1 }),
        await h.post(`/external-task/${id}/unlock`),
        await h.put(`/external-task/${id}/retries`, { retries: 1 }),
      ];
      // then
      for (const res of results) {
        expect(res.statusCode, id).toBe(404);
        expect(res.data.code).toBe('CAUCE_ERR_EXTERNAL_TASK_NOT_FOUND');
      }
    }
  });

  it('refuses bad fetchAndLock and complete bodies without locking or moving anything', async () => {
    // given
    const instance = await start();
    const before = await h.instance(instance.id);
    // when
    const noWorker = await h.post('/external-task/fetchAndLock', { maxTasks: 1, topics });
    const badTopic = await h.post('/external-task/fetchAndLock', {
      workerId: 'w',
      maxTasks: 1,
      topics: [{ topicName: 'check' }],
    });
    const tooLong = await h.post('/external-task/fetchAndLock', {
      workerId: 'w',
      maxTasks: 1,
      topics,
      asyncResponseTimeout: 1_800_001,
    });
    const unsupported = await h.post('/external-task/fetchAndLock', {
      workerId: 'w',
      maxTasks: 1,
      topics: [{ ...topics[0], processVariables: { a: 1 } }],
    });
    const [task] = await fetch();
    const proto = await h.post(
      `/external-task/${task.id}/complete`,
      '{"workerId":"w1","localVariables":{"x":{"value":{"__proto__":{}},"type":"Json"}}}',
    );
    const noWorkerComplete = await h.post(`/external-task/${task.id}/complete`, {});
    // then
    expect(
      [noWorker, badTopic, tooLong, unsupported, proto, noWorkerComplete].map((r) => [r.statusCode, r.data.code]),
    ).toEqual([
      [400, 'CAUCE_ERR_BODY_INVALID'],
      [400, 'CAUCE_ERR_BODY_INVALID'],
      [400, 'CAUCE_ERR_BODY_INVALID'],
      [400, 'CAUCE_ERR_NOT_SUPPORTED'],
      [400, 'CAUCE_ERR_VARIABLE_FORBIDDEN_KEY'],
      [400, 'CAUCE_ERR_BODY_INVALID'],
    ]);
    expect(task.workerId).toBe('w1');
    expect(await h.instance(instance.id)).toEqual(before);
  });
});
