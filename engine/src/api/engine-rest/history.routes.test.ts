import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../store/Db';
import { databasesUnderTest } from '../../store/testing';
import { restOn, type RestHarness } from './testing/restHarness';

const reference = readFileSync(new URL('./rest.reference.bpmn', import.meta.url), 'utf8');
const UNKNOWN = '00000000-0000-4000-8000-000000000000';

describe.each(databasesUnderTest())('history routes on $name', (d) => {
  let db: Db;
  let h: RestHarness;
  let done: any;
  let running: any;
  let deleted: any;
  beforeEach(async () => {
    db = await d.open();
    h = await restOn(db);
    await h.deploy({ 'reference.bpmn': reference });
    // done: start → check → gw → auto (amount 10), 90 s after the start
    done = (
      await h.post('/process-definition/key/reference/start', {
        businessKey: 'done',
        variables: { amount: { value: 10, type: 'Integer' } },
      })
    ).data;
    const [task] = (
      await h.post('/external-task/fetchAndLock', {
        workerId: 'w',
        maxTasks: 1,
        topics: [{ topicName: 'check', lockDuration: 600_000 }],
      })
    ).data;
    h.advance(90_000);
    await h.post(`/external-task/${task.id}/complete`, { workerId: 'w' });
    h.advance(1000);
    running = (await h.post('/process-definition/key/reference/start', { businessKey: 'running' })).data;
    h.advance(1000);
    deleted = (await h.post('/process-definition/key/reference/start', { businessKey: 'deleted' })).data;
    await h.del(`/process-instance/${deleted.id}`);
  });
  afterEach(async () => {
    await h.close();
    await db.close();
  });

  it('reports process instances, running and ended, with Camunda fields', async () => {
    // given three instances: completed, running, deleted
    // when
    const one = await h.get(`/history/process-instance/${done.id}`);
    const all = await h.get('/history/process-instance?processDefinitionKey=reference');
    const finished = await h.get('/history/process-instance?finished=true');
    const terminated = await h.get('/history/process-instance?externallyTerminated=true');
    const count = await h.get('/history/process-instance/count?unfinished=true');
    const before = await h.get('/history/process-instance?startedBefore=2026-01-01T09:01:00.000%2B0000');
    const unencoded = await h.get('/history/process-instance?startedAfter=2026-01-01T09:01:00.000+0000');
    const invalid = await h.get('/history/process-instance?startedAfter=yesterday');
    // then
    expect(one.data).toEqual({
      id: done.id,
      rootProcessInstanceId: done.id,
      superProcessInstanceId: null,
      superCaseInstanceId: null,
      caseInstanceId: null,
      processDefinitionName: 'Reference claim',
      processDefinitionKey: 'reference',
      processDefinitionVersion: 1,
      processDefinitionId: done.definitionId,
      businessKey: 'done',
      startTime: '2026-01-01T09:00:00.000+0000',
      endTime: '2026-01-01T09:01:30.000+0000',
      removalTime: null,
      durationInMillis: 90_000,
      startUserId: null,
      startActivityId: 'start',
      deleteReason: null,
      tenantId: null,
      state: 'COMPLETED',
    });
    expect(all.data.map((x: any) => x.businessKey)).toEqual(['done', 'running', 'deleted']);
    expect(finished.data.map((x: any) => x.businessKey)).toEqual(['done', 'deleted']);
    expect(terminated.data.map((x: any) => [x.businessKey, x.state, x.deleteReason])).toEqual([
      ['deleted', 'EXTERNALLY_TERMINATED', 'deleted'],
    ]);
    expect(count.data).toEqual({ count: 1 });
    expect(before.data.map((x: any) => x.businessKey)).toEqual(['done']);
    expect(unencoded.data.map((x: any) => x.businessKey)).toEqual(['running', 'deleted']);
    expect([invalid.statusCode, invalid.data.code]).toEqual([400, 'CAUCE_ERR_BODY_INVALID']);
  });

  it('reports activity instances: ids are tokens, ended, canceled', async () => {
    // given
    // when
    const path = (await h.get(`/history/activity-instance?processInstanceId=${done.id}`)).data;
    const cancelled = (await h.get(`/history/activity-instance?processInstanceId=${deleted.id}&canceled=true`)).data;
    const open = (await h.get(`/history/activity-instance?processInstanceId=${running.id}&unfinished=true`)).data;
    const byId = await h.get(`/history/activity-instance/${path[1].id}`);
    const count = await h.get(
      `/history/activity-instance/count?processInstanceId=${done.id}&activityType=exclusiveGateway`,
    );
    // then
    expect(path.map((a: any) => [a.activityId, a.activityType, a.canceled, a.completeScope])).toEqual([
      ['start', 'startEvent', false, false],
      ['check', 'serviceTask', false, false],
      ['gw', 'exclusiveGateway', false, false],
      ['auto', 'endEvent', false, true],
    ]);
    expect(path[1]).toMatchObject({
      activityName: 'Check affiliation',
      startTime: '2026-01-01T09:00:00.000+0000',
      endTime: '2026-01-01T09:01:30.000+0000',
      durationInMillis: 90_000,
      processInstanceId: done.id,
      rootProcessInstanceId: done.id,
    });
    expect(path[1].executionId).toBe(path[1].id);
    expect(cancelled.map((a: any) => [a.activityId, a.canceled, a.endTime !== null])).toEqual([['check', true, true]]);
    expect(open.map((a: any) => [a.activityId, a.endTime])).toEqual([['check', null]]);
    expect(byId.data).toEqual(path[1]);
    expect(count.data).toEqual({ count: 1 });
  });

  it('answers 404 for unknown ids, UUIDs or not', async () => {
    for (const id of [UNKNOWN, 'not-a-uuid']) {
      // given an id nothing has
      // when
      const instance = await h.get(`/history/process-instance/${id}`);
      const activity = await h.get(`/history/activity-instance/${id}`);
      // then
      expect([instance.statusCode, instance.data.code]).toEqual([404, 'CAUCE_ERR_INSTANCE_NOT_FOUND']);
      expect([activity.statusCode, activity.data.code]).toEqual([404, 'CAUCE_ERR_ACTIVITY_INSTANCE_NOT_FOUND']);
    }
  });
});
