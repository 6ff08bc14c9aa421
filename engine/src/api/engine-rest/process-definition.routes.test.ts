import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../store/Db';
import { databasesUnderTest } from '../../store/testing';
import { bpmn, flow } from '../../testing/bpmn';
import { restOn, type RestHarness } from './testing/restHarness';

const reference = readFileSync(new URL('./rest.reference.bpmn', import.meta.url), 'utf8');

describe.each(databasesUnderTest())('process-definition routes on $name', (d) => {
  let db: Db;
  let h: RestHarness;
  beforeEach(async () => {
    db = await d.open();
    h = await restOn(db);
    await h.deploy({ 'reference.bpmn': reference });
    h.advance(1000);
    await h.deploy({ 'reference.bpmn': reference.replace('camunda:versionTag="v1"', 'camunda:versionTag="v2"') });
  });
  afterEach(async () => {
    await h.close();
    await db.close();
  });

  it('lists definitions with key and latestVersion filters, and counts them', async () => {
    // given two versions of reference
    // when
    const all = await h.get('/process-definition?key=reference');
    const latest = await h.get('/process-definition?latestVersion=true');
    const count = await h.get('/process-definition/count?keysIn=reference,other');
    const none = await h.get('/process-definition?key=unknown');
    // then
    expect(all.data.map((x: any) => x.version)).toEqual([2, 1]);
    expect(latest.data).toHaveLength(1);
    expect(latest.data[0]).toMatchObject({ key: 'reference', version: 2, versionTag: 'v2', startableInTasklist: true });
    expect(count.data).toEqual({ count: 2 });
    expect(none.data).toEqual([]);
  });

  it('gets the latest version by key, a definition by id, and the deployed XML', async () => {
    // given
    const byKey = await h.get('/process-definition/key/reference');
    // when
    const byId = await h.get(`/process-definition/${byKey.data.id}`);
    const xml = await h.get('/process-definition/key/reference/xml');
    const xmlById = await h.get(`/process-definition/${byKey.data.id}/xml`);
    // then
    expect(byKey.data).toMatchObject({ key: 'reference', version: 2, name: 'Reference claim' });
    expect(byId.data).toEqual(byKey.data);
    expect(xml.data.id).toBe(byKey.data.id);
    expect(xml.data.bpmn20Xml).toContain('camunda:versionTag="v2"');
    expect(xmlById.data).toEqual(xml.data);
  });

  it('starts an instance by key with typed variables (any type-name case) and a business key', async () => {
    // given
    const body = {
      businessKey: 'case-1',
      variables: {
        amount: { value: '5000', type: 'integer' },
        citizen: { value: '{"nif":"12345678Z"}', type: 'JSON' },
      },
      withVariablesInReturn: true,
    };
    // when
    const res = await h.post('/process-definition/key/reference/start', body);
    // then
    expect(res.statusCode).toBe(200);
    expect(res.data).toMatchObject({
      businessKey: 'case-1',
      ended: false,
      suspended: false,
      caseInstanceId: null,
      tenantId: null,
    });
    expect(res.data.definitionId).toMatch(/^reference:2:/);
    expect(res.data.links).toEqual([
      { method: 'GET', href: `http://localhost:80/engine-rest/process-instance/${res.data.id}`, rel: 'self' },
    ]);
    expect(res.data.variables).toEqual({
      amount: { value: 5000, type: 'Integer', valueInfo: {} },
      citizen: { value: '{"nif":"12345678Z"}', type: 'Json', valueInfo: {} },
    });
    expect((await h.get('/external-task/count?processInstanceId=' + res.data.id)).data).toEqual({ count: 1 });
  });

  it('starts an instance of a given definition id, without variables in return', async () => {
    // given
    const v1 = (await h.get('/process-definition?version=1')).data[0];
    // when
    const res = await h.post(`/process-definition/${v1.id}/start`, {});
    const empty = await h.post(`/process-definition/${v1.id}/start`);
    // then
    expect(res.data.definitionId).toBe(v1.id);
    expect(res.data.variables).toBeUndefined();
    expect(empty.statusCode).toBe(200);
  });

  it('answers 404 for unknown keys and ids on every route', async () => {
    // given
    const urls = [
      '/process-definition/key/nope',
      '/process-definition/key/nope/xml',
      '/process-definition/nope:1:x',
      '/process-definition/nope:1:x/xml',
      '/process-definition/00000000-0000-4000-8000-000000000000',
    ];
    // when
    const gets = await Promise.all(urls.map((u) => h.get(u)));
    const starts = [
      await h.post('/process-definition/key/nope/start', {}),
      await h.post('/process-definition/nope/start', {}),
    ];
    // then
    for (const res of [...gets, ...starts]) {
      expect(res.statusCode).toBe(404);
      expect(res.data.code).toBe('CAUCE_ERR_DEFINITION_NOT_FOUND');
    }
    expect(await h.count('process_instance')).toBe(0);
  });

  it("answers the interpreter's refusal of a start with nowhere to begin as 400 CAUCE_ERR_BODY_INVALID", async () => {
    // given a process with two message starts and no none start
    const twoWays = bpmn(
      'twoWays',
      `<bpmn:startEvent id="byMail"><bpmn:messageEventDefinition messageRef="M1"/></bpmn:startEvent>
      <bpmn:startEvent id="byPhone"><bpmn:messageEventDefinition messageRef="M2"/></bpmn:startEvent>
      <bpmn:userTask id="t"/>${flow('byMail', 't')}${flow('byPhone', 't')}`,
      '<bpmn:message id="M1" name="mail"/><bpmn:message id="M2" name="phone"/>',
    );
    await h.deploy({ 'twoWays.bpmn': twoWays });
    // when
    const res = await h.post('/process-definition/key/twoWays/start', {});
    // then
    expect(res.statusCode).toBe(400);
    expect(res.data).toMatchObject({ code: 'CAUCE_ERR_BODY_INVALID', type: 'InvalidRequestException' });
    expect(res.data.message).toContain("process 'twoWays' has no none start event and 2 event start events");
  });

  it('refuses bad variables before starting anything', async () => {
    // given
    const proto = '{"variables":{"__proto__":{"value":1,"type":"Integer"}}}';
    const nested = { variables: { v: { value: '{"a":{"constructor":{"prototype":{"x":1}}}}', type: 'Json' } } };
    const wrongType = { variables: { n: { value: 'ten', type: 'Integer' } } };
    const unknownType = { variables: { n: { value: 1, type: 'Bignum' } } };
    const instructions = { startInstructions: [{ type: 'startBeforeActivity', activityId: 'review' }] };
    // when
    const results = [
      await h.post('/process-definition/key/reference/start', proto),
      await h.post('/process-definition/key/reference/start', nested),
      await h.post('/process-definition/key/reference/start', wrongType),
      await h.post('/process-definition/key/reference/start', unknownType),
      await h.post('/process-definition/key/reference/start', instructions),
    ];
    // then
    expect(results.map((r) => [r.statusCode, r.data.code])).toEqual([
      [400, 'CAUCE_ERR_VARIABLE_FORBIDDEN_KEY'],
      [400, 'CAUCE_ERR_VARIABLE_FORBIDDEN_KEY'],
      [400, 'CAUCE_ERR_VARIABLE_INVALID'],
      [400, 'CAUCE_ERR_VARIABLE_INVALID'],
      [400, 'CAUCE_ERR_NOT_SUPPORTED'],
    ]);
    expect(await h.count('process_instance')).toBe(0);
  });
});
