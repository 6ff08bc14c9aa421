import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../store/Db';
import { databasesUnderTest } from '../../store/testing';
import { restOn, type RestHarness } from './testing/restHarness';

const reference = readFileSync(new URL('./rest.reference.bpmn', import.meta.url), 'utf8');
const UNKNOWN = '00000000-0000-4000-8000-000000000000';

describe.each(databasesUnderTest())('task routes on $name', (d) => {
  let db: Db;
  let h: RestHarness;
  /** Starts an instance and completes its external task, so it waits in the user task "review". */
  const atReview = async (businessKey: string) => {
    const instance = (
      await h.post('/process-definition/key/reference/start', {
        businessKey,
        variables: { amount: { value: 5000, type: 'Integer' } },
      })
    ).data;
    const [task] = (
      await h.post('/external-task/fetchAndLock', {
        workerId: 'w',
        maxTasks: 1,
        topics: [{ topicName: 'check', lockDuration: 60_000 }],
      })
    ).data;
    await h.post(`/external-task/${task.id}/complete`, { workerId: 'w' });
    const [review] = (await h.get(`/task?processInstanceId=${instance.id}`)).data;
    return { instance, review };
  };
  beforeEach(async () => {
    db = await d.open();
    h = await restOn(db);
    await h.deploy({ 'reference.bpmn': reference });
  });
  afterEach(async () => {
    await h.close();
    await db.close();
  });

  it('lists, counts and gets tasks with Camunda filters', async () => {
    // given two instances waiting in review, one claimed
    const a = await atReview('a');
    h.advance(1000);
    const b = await atReview('b');
    await h.post(`/task/${b.review.id}/claim`, { userId: 'ana' });
    // when
    const all = await h.get('/task?taskDefinitionKey=review');
    const group = await h.get('/task?candidateGroup=agents');
    const groupWithAssigned = await h.get('/task/count?candidateGroup=agents&includeAssignedTasks=true');
    const ana = await h.get('/task?assignee=ana');
    const byInstance = await h.get(`/task/count?processInstanceId=${a.instance.id}`);
    const one = await h.get(`/task/${a.review.id}`);
    // then
    expect(all.data.map((t: any) => t.id)).toEqual([a.review.id, b.review.id]);
    expect(group.data.map((t: any) => t.id)).toEqual([a.review.id]);
    expect(groupWithAssigned.data).toEqual({ count: 2 });
    expect(ana.data.map((t: any) => t.id)).toEqual([b.review.id]);
    expect(byInstance.data).toEqual({ count: 1 });
    expect(one.data).toMatchObject({
      id: a.review.id,
      name: 'Review claim',
      taskDefinitionKey: 'review',
      processInstanceId: a.instance.id,
      formKey: 'review-form',
      assignee: null,
      priority: 50,
      created: '2026-01-01T09:00:00.000+0000',
    });
  });

  it('claims, refuses a second claimant, and unclaims', async () => {
    // given
    const { review } = await atReview('a');
    // when
    const claim = await h.post(`/task/${review.id}/claim`, { userId: 'ana' });
    const again = await h.post(`/task/${review.id}/claim`, { userId: 'luis' });
    const unclaim = await h.post(`/task/${review.id}/unclaim`);
    // then
    expect(claim.statusCode).toBe(204);
    expect(again.statusCode).toBe(400);
    expect(again.data).toMatchObject({ type: 'TaskAlreadyClaimedException', code: 'CAUCE_ERR_TASK_ALREADY_CLAIMED' });
    expect(unclaim.statusCode).toBe(204);
    expect((await h.get(`/task/${review.id}`)).data.assignee).toBeNull();
  });

  it('completes with variables and returns them on request; the form sees the visible variables', async () => {
    // given
    const { instance, review } = await atReview('a');
    const form = await h.get(`/task/${review.id}/form-variables`);
    const some = await h.get(`/task/${review.id}/form-variables?variableNames=amount,nope`);
    // when
    const res = await h.post(`/task/${review.id}/complete`, {
      variables: { approved: { value: true, type: 'Boolean' } },
      withVariablesInReturn: true,
    });
    // then
    expect(form.data).toEqual({ amount: { value: 5000, type: 'Integer', valueInfo: {} } });
    expect(some.data).toEqual({ amount: { value: 5000, type: 'Integer', valueInfo: {} } });
    expect(res.statusCode).toBe(200);
    expect(res.data).toEqual({
      amount: { value: 5000, type: 'Integer', valueInfo: {} },
      approved: { value: true, type: 'Boolean', valueInfo: {} },
    });
    expect((await h.get(`/history/process-instance/${instance.id}`)).data.state).toBe('COMPLETED');
  });

  it('refuses a duplicate complete with 404 and moves the instance once', async () => {
    // given
    const { instance, review } = await atReview('a');
    const first = await h.post(`/task/${review.id}/complete`, {});
    const after = await h.instance(instance.id);
    // when
    const second = await h.post(`/task/${review.id}/complete`, {});
    // then
    expect(first.statusCode).toBe(204);
    expect(second.statusCode).toBe(404);
    expect(second.data.code).toBe('CAUCE_ERR_TASK_NOT_FOUND');
    expect(await h.instance(instance.id)).toEqual(after);
    const ends = (await h.get(`/history/activity-instance?processInstanceId=${instance.id}&activityId=end`)).data;
    expect(ends).toHaveLength(1);
  });

  it('refuses bad input on complete and leaves the instance unchanged', async () => {
    // given
    const { instance, review } = await atReview('a');
    const before = await h.instance(instance.id);
    // when
    const results = [
      await h.post(`/task/${review.id}/complete`, '{"variables":{"__proto__":{"value":true}}}'),
      await h.post(`/task/${review.id}/complete`, {
        variables: {
          note: {
            value: '{"constructor":{"prototype":{"x":1}}}',
            type: 'Object',
            valueInfo: { serializationDataFormat: 'application/json' },
          },
        },
      }),
      await h.post(`/task/${review.id}/complete`, { variables: { n: { value: 1.5, type: 'Integer' } } }),
      await h.post(`/task/${review.id}/complete`, '{"variables": {'),
      await h.post(`/task/${review.id}/complete`, '<variables/>', { 'content-type': 'application/xml' }),
      await h.post(`/task/${review.id}/complete`, { variables: [] }),
    ];
    // then
    expect(results.map((r) => [r.statusCode, r.data.code])).toEqual([
      [400, 'CAUCE_ERR_VARIABLE_FORBIDDEN_KEY'],
      [400, 'CAUCE_ERR_VARIABLE_FORBIDDEN_KEY'],
      [400, 'CAUCE_ERR_VARIABLE_INVALID'],
      [400, 'CAUCE_ERR_BODY_INVALID'],
      [415, 'CAUCE_ERR_UNSUPPORTED_MEDIA_TYPE'],
      [400, 'CAUCE_ERR_BODY_INVALID'],
    ]);
    expect(await h.instance(instance.id)).toEqual(before);
    expect((await h.get(`/task/${review.id}`)).statusCode).toBe(200);
  });

  it('answers 404 for unknown task ids, UUIDs or not, on every {id} route', async () => {
    for (const id of [UNKNOWN, 'not-a-uuid']) {
      // given an id no task has
      // when
      const results = [
        await h.get(`/task/${id}`),
        await h.post(`/task/${id}/claim`, { userId: 'ana' }),
        await h.post(`/task/${id}/unclaim`),
        await h.post(`/task/${id}/complete`, {}),
        await h.get(`/task/${id}/form-variables`),
      ];
      // then
      for (const res of results) {
        expect(res.statusCode, id).toBe(404);
        expect(res.data.code).toBe('CAUCE_ERR_TASK_NOT_FOUND');
      }
    }
  });
});
