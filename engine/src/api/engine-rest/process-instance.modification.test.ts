import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../store/Db';
import { databasesUnderTest } from '../../store/testing';
import { restOn, type RestHarness } from './testing/restHarness';

const reference = readFileSync(new URL('./rest.reference.bpmn', import.meta.url), 'utf8');
const UNKNOWN = '00000000-0000-4000-8000-000000000000';

describe.each(databasesUnderTest())('POST /process-instance/{id}/modification on $name', (d) => {
  let db: Db;
  let h: RestHarness;
  let a: any;
  beforeEach(async () => {
    db = await d.open();
    h = await restOn(db);
    await h.deploy({ 'reference.bpmn': reference });
    // instance a waits at the external task `check`
    a = (
      await h.post('/process-definition/key/reference/start', {
        businessKey: 'case-a',
        variables: { amount: { value: 10, type: 'Integer' } },
      })
    ).data;
  });
  afterEach(async () => {
    await h.close();
    await db.close();
  });

  it('cancels the external task and starts before the review: 204, one instance, history shows both', async () => {
    // when
    const res = await h.post(`/process-instance/${a.id}/modification`, {
      skipCustomListeners: true,
      instructions: [
        { type: 'cancel', activityId: 'check' },
        {
          type: 'startBeforeActivity',
          activityId: 'review',
          variables: {
            amount: { value: 5000, type: 'Integer' },
            hint: { value: 'from support', type: 'String', local: true },
          },
        },
      ],
    });
    // then
    expect(res.statusCode).toBe(204);
    expect((await h.get(`/external-task?processInstanceId=${a.id}`)).data).toEqual([]);
    const tasks = (await h.get(`/task?processInstanceId=${a.id}`)).data;
    expect(tasks.map((t: any) => t.taskDefinitionKey)).toEqual(['review']);
    expect((await h.get(`/process-instance/${a.id}/variables`)).data).toEqual({
      amount: { value: 5000, type: 'Integer', valueInfo: {} },
    });
    const canceled = (await h.get(`/history/activity-instance?processInstanceId=${a.id}&canceled=true`)).data;
    expect(canceled.map((x: any) => x.activityId)).toEqual(['check']);
    const review = (await h.get(`/history/activity-instance?processInstanceId=${a.id}&activityId=review`)).data;
    expect(review).toHaveLength(1);
    expect(review[0]).toMatchObject({ canceled: false, endTime: null });
  });

  it('refuses bad instructions with typed errors and leaves the instance unchanged', async () => {
    // given
    const before = await h.instance(a.id);
    const modify = (body: unknown, id = a.id) =>
      h.post(`/process-instance/${encodeURIComponent(id)}/modification`, body);
    // when
    const results = [
      await modify({ instructions: [{ type: 'cancel', activityId: 'nope' }] }),
      await modify({ instructions: [{ type: 'cancel', activityId: 'review' }] }),
      await modify({ instructions: [{ type: 'startAfterActivity', activityId: 'check' }] }),
      await modify({ instructions: [{ type: 'cancel' }] }),
      await modify({ instructions: [] }),
      await modify({ instructions: [{ type: 'jump', activityId: 'check' }] }),
      await modify({ skipIoMappings: true, instructions: [{ type: 'cancel', activityId: 'check' }] }),
      await modify({
        instructions: [
          { type: 'startBeforeActivity', activityId: 'review', variables: { x: { value: 'abc', type: 'Double' } } },
        ],
      }),
      await modify(
        '{"instructions":[{"type":"startBeforeActivity","activityId":"review","variables":{"__proto__":{"value":1,"type":"Integer"}}}]}',
      ),
      await modify({ instructions: [{ type: 'cancel', activityId: 'check' }] }, UNKNOWN),
      await modify({ instructions: [{ type: 'cancel', activityId: 'check' }] }, 'not-a-uuid'),
    ];
    // then
    expect(results.map((r) => [r.statusCode, r.data.code])).toEqual([
      [400, 'CAUCE_ERR_ACTIVITY_NOT_FOUND'],
      [400, 'CAUCE_ERR_ACTIVITY_NOT_ACTIVE'],
      [400, 'CAUCE_ERR_NOT_SUPPORTED'],
      [400, 'CAUCE_ERR_BODY_INVALID'],
      [400, 'CAUCE_ERR_BODY_INVALID'],
      [400, 'CAUCE_ERR_BODY_INVALID'],
      [400, 'CAUCE_ERR_NOT_SUPPORTED'],
      [400, 'CAUCE_ERR_VARIABLE_INVALID'],
      [400, 'CAUCE_ERR_BODY_INVALID'], // the JSON parser refuses __proto__ keys before any route runs
      [404, 'CAUCE_ERR_INSTANCE_NOT_FOUND'],
      [404, 'CAUCE_ERR_INSTANCE_NOT_FOUND'],
    ]);
    expect(await h.instance(a.id)).toEqual(before);
  });

  it('refuses an ended instance', async () => {
    await h.del(`/process-instance/${a.id}`);
    const res = await h.post(`/process-instance/${a.id}/modification`, {
      instructions: [{ type: 'startBeforeActivity', activityId: 'review' }],
    });
    expect([res.statusCode, res.data.code]).toEqual([400, 'CAUCE_ERR_INSTANCE_ENDED']);
  });
});
