import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../store/Db';
import { databasesUnderTest } from '../../store/testing';
import { restOn, type RestHarness } from './testing/restHarness';

const messages = readFileSync(new URL('./rest.message.bpmn', import.meta.url), 'utf8');

describe.each(databasesUnderTest())('message routes on $name', (d) => {
  let db: Db;
  let h: RestHarness;
  const waiting = async (businessKey: string) =>
    (await h.post('/process-definition/key/waitForDocs/start', { businessKey })).data;
  beforeEach(async () => {
    db = await d.open();
    h = await restOn(db);
    await h.deploy({ 'messages.bpmn': messages });
  });
  afterEach(async () => {
    await h.close();
    await db.close();
  });

  it('delivers a message to the waiting instance of a business key: 204 and the instance moves on', async () => {
    // given
    const a = await waiting('a');
    const b = await waiting('b');
    // when
    const res = await h.post('/message', {
      messageName: 'documentsReceived',
      businessKey: 'b',
      processVariables: { docs: { value: 3, type: 'Integer' } },
    });
    // then
    expect(res.statusCode).toBe(204);
    expect((await h.get(`/task?processInstanceId=${b.id}`)).data.map((t: any) => t.taskDefinitionKey)).toEqual([
      'verify',
    ]);
    expect((await h.get(`/process-instance/${b.id}/variables/docs`)).data.value).toBe(3);
    expect((await h.get(`/task?processInstanceId=${a.id}`)).data).toEqual([]);
  });

  it('returns the results when resultEnabled, with all matches when all is true', async () => {
    // given
    const a = await waiting('a');
    const b = await waiting('b');
    // when
    const res = await h.post('/message', { messageName: 'documentsReceived', all: true, resultEnabled: true });
    // then
    expect(res.statusCode).toBe(200);
    expect(res.data.map((r: any) => r.resultType)).toEqual(['Execution', 'Execution']);
    expect(res.data.map((r: any) => r.execution.processInstanceId).sort()).toEqual([a.id, b.id].sort());
    expect(res.data[0].processInstance).toBeNull();
  });

  it('starts an instance at a message start event', async () => {
    // given no instance of callback
    // when
    const res = await h.post('/message', {
      messageName: 'callbackRequested',
      businessKey: 'citizen-7',
      resultEnabled: true,
    });
    // then
    expect(res.data).toHaveLength(1);
    expect(res.data[0]).toMatchObject({
      resultType: 'ProcessDefinition',
      execution: null,
      processInstance: { businessKey: 'citizen-7', ended: false },
    });
    expect((await h.get('/task?taskDefinitionKey=callBack')).data).toHaveLength(1);
  });

  it('refuses an uncorrelated or ambiguous message and changes nothing', async () => {
    // given
    const a = await waiting('a');
    await waiting('b');
    const before = await h.instance(a.id);
    // when
    const none = await h.post('/message', { messageName: 'documentsReceived', businessKey: 'zzz' });
    const ambiguous = await h.post('/message', { messageName: 'documentsReceived' });
    const badInstance = await h.post('/message', { messageName: 'documentsReceived', processInstanceId: 'not-a-uuid' });
    const missingName = await h.post('/message', { businessKey: 'a' });
    const proto = await h.post(
      '/message',
      '{"messageName":"documentsReceived","businessKey":"a","correlationKeys":{"k":{"value":{"__proto__":1},"type":"Json"}}}',
    );
    // then
    expect([none, ambiguous, badInstance, missingName, proto].map((r) => [r.statusCode, r.data.code])).toEqual([
      [400, 'CAUCE_ERR_MESSAGE_NOT_CORRELATED'],
      [400, 'CAUCE_ERR_MESSAGE_AMBIGUOUS'],
      [400, 'CAUCE_ERR_MESSAGE_NOT_CORRELATED'],
      [400, 'CAUCE_ERR_BODY_INVALID'],
      [400, 'CAUCE_ERR_VARIABLE_FORBIDDEN_KEY'],
    ]);
    expect(none.data.type).toBe('MismatchingMessageCorrelationException');
    expect(await h.instance(a.id)).toEqual(before);
  });
});
