import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../store/Db';
import { databasesUnderTest } from '../../store/testing';
import { restOn, type RestHarness } from './testing/restHarness';

const reference = readFileSync(new URL('./rest.reference.bpmn', import.meta.url), 'utf8');
const UNKNOWN = '00000000-0000-4000-8000-000000000000';

describe.each(databasesUnderTest())('process-instance routes on $name', (d) => {
  let db: Db;
  let h: RestHarness;
  let a: any;
  let b: any;
  beforeEach(async () => {
    db = await d.open();
    h = await restOn(db);
    await h.deploy({ 'reference.bpmn': reference });
    a = (
      await h.post('/process-definition/key/reference/start', {
        businessKey: 'case-a',
        variables: { amount: { value: 10, type: 'Integer' } },
      })
    ).data;
    h.advance(1000);
    b = (await h.post('/process-definition/key/reference/start', { businessKey: 'case-b' })).data;
  });
  afterEach(async () => {
    await h.close();
    await db.close();
  });

  it('lists and counts running instances with Camunda filters', async () => {
    // given two running instances
    // when
    const all = await h.get('/process-instance');
    const byKey = await h.get('/process-instance?processDefinitionKey=reference&businessKey=case-b');
    const byIds = await h.get(`/process-instance?processInstanceIds=${a.id},not-a-uuid`);
    const like = await h.get('/process-instance/count?businessKeyLike=case-%25');
    const none = await h.get('/process-instance?processInstanceIds=not-a-uuid');
    const suspended = await h.get('/process-instance?suspended=true');
    // then
    expect(all.data.map((x: any) => x.id)).toEqual([a.id, b.id]);
    expect(byKey.data.map((x: any) => x.id)).toEqual([b.id]);
    expect(byIds.data.map((x: any) => x.id)).toEqual([a.id]);
    expect(like.data).toEqual({ count: 2 });
    expect(none.data).toEqual([]);
    expect(suspended.data).toEqual([]);
  });

  it('gets an instance, its variables and one variable', async () => {
    // given instance a with amount = 10
    // when
    const one = await h.get(`/process-instance/${a.id}`);
    const vars = await h.get(`/process-instance/${a.id}/variables`);
    const amount = await h.get(`/process-instance/${a.id}/variables/amount`);
    const missing = await h.get(`/process-instance/${a.id}/variables/nope`);
    // then
    expect(one.data).toMatchObject({ id: a.id, businessKey: 'case-a', definitionId: a.definitionId, ended: false });
    expect(vars.data).toEqual({ amount: { value: 10, type: 'Integer', valueInfo: {} } });
    expect(amount.data).toEqual({ value: 10, type: 'Integer', valueInfo: {} });
    expect(missing.statusCode).toBe(404);
    expect(missing.data.code).toBe('CAUCE_ERR_VARIABLE_NOT_FOUND');
  });

  it('sets one variable in one command (rev + 1)', async () => {
    // given
    const before = await h.instance(a.id);
    // when
    const res = await h.put(`/process-instance/${a.id}/variables/approved`, { value: 'true', type: 'boolean' });
    // then
    expect(res.statusCode).toBe(204);
    expect(res.body).toBe('');
    expect((await h.get(`/process-instance/${a.id}/variables/approved`)).data).toEqual({
      value: true,
      type: 'Boolean',
      valueInfo: {},
    });
    expect((await h.instance(a.id))!.rev).toBe(before!.rev + 1);
  });

  it('refuses a forbidden or invalid variable and leaves the instance unchanged', async () => {
    // given
    const before = await h.instance(a.id);
    // when
    const proto = await h.put(`/process-instance/${a.id}/variables/__proto__`, { value: 1, type: 'Integer' });
    const constructor = await h.put(`/process-instance/${a.id}/variables/constructor`, { value: 1, type: 'Integer' });
    const inside = await h.put(
      `/process-instance/${a.id}/variables/x`,
      '{"value":{"__proto__":{"admin":true}},"type":"Json"}',
    );
    const invalid = await h.put(`/process-instance/${a.id}/variables/x`, { value: 'abc', type: 'Double' });
    const json = await h.put(`/process-instance/${a.id}/variables/x`, '{"value": 1,');
    const text = await h.put(`/process-instance/${a.id}/variables/x`, '1', { 'content-type': 'text/plain' });
    // then
    expect([proto, constructor, inside, invalid, json, text].map((r) => [r.statusCode, r.data.code])).toEqual([
      [400, 'CAUCE_ERR_VARIABLE_FORBIDDEN_KEY'],
      [400, 'CAUCE_ERR_VARIABLE_FORBIDDEN_KEY'],
      [400, 'CAUCE_ERR_VARIABLE_FORBIDDEN_KEY'],
      [400, 'CAUCE_ERR_VARIABLE_INVALID'],
      [400, 'CAUCE_ERR_BODY_INVALID'],
      [415, 'CAUCE_ERR_UNSUPPORTED_MEDIA_TYPE'],
    ]);
    expect(await h.instance(a.id)).toEqual(before);
  });

  it('deletes (cancels) an instance: 204, gone from the runtime view, EXTERNALLY_TERMINATED in history', async () => {
    // given
    // when
    const res = await h.del(`/process-instance/${a.id}`);
    // then
    expect(res.statusCode).toBe(204);
    expect((await h.get(`/process-instance/${a.id}`)).statusCode).toBe(404);
    expect((await h.get(`/history/process-instance/${a.id}`)).data).toMatchObject({
      state: 'EXTERNALLY_TERMINATED',
      deleteReason: 'deleted',
    });
    expect((await h.get(`/external-task?processInstanceId=${a.id}`)).data).toEqual([]);
    expect((await h.del(`/process-instance/${a.id}`)).statusCode).toBe(400);
    expect((await h.instance(b.id))!.state).toBe('ACTIVE');
  });

  it('answers 404 for unknown ids, UUIDs or not, on every {id} route', async () => {
    // given
    const ids = [UNKNOWN, 'not-a-uuid', "1' or '1'='1"];
    for (const id of ids) {
      const e = encodeURIComponent(id);
      // when
      const results = [
        await h.get(`/process-instance/${e}`),
        await h.get(`/process-instance/${e}/variables`),
        await h.get(`/process-instance/${e}/variables/amount`),
        await h.put(`/process-instance/${e}/variables/amount`, { value: 1, type: 'Integer' }),
        await h.del(`/process-instance/${e}`),
      ];
      // then
      for (const res of results) {
        expect(res.statusCode, id).toBe(404);
        expect(res.data.code).toBe('CAUCE_ERR_INSTANCE_NOT_FOUND');
      }
    }
    expect((await h.del(`/process-instance/${UNKNOWN}?failIfNotExists=false`)).statusCode).toBe(204);
  });
});
