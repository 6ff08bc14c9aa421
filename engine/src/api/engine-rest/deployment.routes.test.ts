import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../store/Db';
import { databasesUnderTest } from '../../store/testing';
import { multipart, restOn, type RestHarness } from './testing/restHarness';

const fixture = (name: string) => readFileSync(new URL(`./${name}`, import.meta.url), 'utf8');
const reference = fixture('rest.reference.bpmn');

describe.each(databasesUnderTest())('deployment routes on $name', (d) => {
  let db: Db;
  let h: RestHarness;
  beforeEach(async () => {
    db = await d.open();
    h = await restOn(db);
  });
  afterEach(async () => {
    await h.close();
    await db.close();
  });

  it('deploys as Camunda Modeler sends it and returns the definitions keyed by id', async () => {
    // given Modeler's form: name, source, deploy-changed-only, tenant-id, one file part per resource
    const fields = {
      'deployment-name': 'claims',
      'deployment-source': 'Camunda Modeler',
      'deploy-changed-only': 'true',
      'tenant-id': 'seg-social',
    };
    // when
    const res = await h.deploy({ 'reference.bpmn': reference, 'messages.bpmn': fixture('rest.message.bpmn') }, fields);
    // then
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/json');
    expect(res.data).toMatchObject({
      name: 'claims',
      source: 'Camunda Modeler',
      tenantId: 'seg-social',
      deploymentTime: '2026-01-01T09:00:00.000+0000',
      deployedCaseDefinitions: null,
      deployedDecisionDefinitions: null,
    });
    expect(res.data.links[0]).toEqual({
      method: 'GET',
      href: `http://localhost:80/engine-rest/deployment/${res.data.id}`,
      rel: 'self',
    });
    const definitions = Object.values(res.data.deployedProcessDefinitions) as any[];
    expect(definitions.map((x) => x.key).sort()).toEqual(['callback', 'reference', 'waitForDocs']);
    for (const [id, definition] of Object.entries(res.data.deployedProcessDefinitions))
      expect((definition as any).id).toBe(id);
    expect(definitions.find((x) => x.key === 'reference')).toMatchObject({
      version: 1,
      name: 'Reference claim',
      versionTag: 'v1',
      resource: 'reference.bpmn',
      deploymentId: res.data.id,
      tenantId: 'seg-social',
      suspended: false,
    });
  });

  it('lists, counts and gets deployments', async () => {
    // given
    const first = await h.deploy({ 'a.bpmn': reference }, { 'deployment-name': 'one' });
    h.advance(1000);
    await h.deploy({ 'b.bpmn': reference }, { 'deployment-name': 'two', 'deployment-source': 'cli' });
    // when
    const all = await h.get('/deployment');
    const byName = await h.get('/deployment?nameLike=tw%25');
    const count = await h.get('/deployment/count?source=cli');
    const one = await h.get(`/deployment/${first.data.id}`);
    const paged = await h.get('/deployment?firstResult=1&maxResults=1');
    // then
    expect(all.data.map((x: any) => x.name)).toEqual(['one', 'two']);
    expect(byName.data.map((x: any) => x.name)).toEqual(['two']);
    expect(count.data).toEqual({ count: 1 });
    expect(one.data).toMatchObject({ id: first.data.id, name: 'one', source: null, tenantId: null });
    expect(paged.data.map((x: any) => x.name)).toEqual(['two']);
  });

  it('answers 404 for an unknown deployment id, a UUID or not', async () => {
    // given no deployments
    // when
    const uuid = await h.get('/deployment/00000000-0000-4000-8000-000000000000');
    const other = await h.get("/deployment/'; drop table deployment; --");
    // then
    for (const res of [uuid, other]) {
      expect(res.statusCode).toBe(404);
      expect(res.data.code).toBe('CAUCE_ERR_DEPLOYMENT_NOT_FOUND');
    }
  });

  it('refuses malformed XML with 400 and deploys nothing', async () => {
    // given
    const broken =
      '<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"><bpmn:process id="p"></bpmn:definitions';
    // when
    const res = await h.deploy({ 'good.bpmn': reference, 'broken.bpmn': broken });
    // then
    expect(res.statusCode).toBe(400);
    expect(res.data).toMatchObject({ type: 'ParseException', code: 'CAUCE_ERR_BPMN_MALFORMED' });
    expect(res.data.details['broken.bpmn'].errors).toHaveLength(1);
    expect(res.data.details['good.bpmn']).toBeUndefined();
    expect(await h.count('deployment')).toBe(0);
    expect(await h.count('process_definition')).toBe(0);
  });

  it('refuses XML with a DOCTYPE or entities without expanding them, and deploys nothing', async () => {
    // given a file declaring an external entity and an expansion
    const xxe = fixture('rest.xxe.bpmn');
    // when
    const res = await h.deploy({ 'xxe.bpmn': xxe });
    // then
    expect(res.statusCode).toBe(400);
    expect(res.data.code).toBe('CAUCE_ERR_BPMN_DOCTYPE');
    expect(res.body).not.toContain('root:');
    expect(res.body).not.toContain('lollol');
    expect(await h.count('deployment')).toBe(0);
  });

  it('refuses elements the engine cannot execute with their id, type and line', async () => {
    // given
    const unsupported = fixture('rest.unsupported.bpmn');
    // when
    const res = await h.deploy({ 'unsupported.bpmn': unsupported });
    // then
    expect(res.statusCode).toBe(400);
    expect(res.data.code).toBe('CAUCE_ERR_BPMN_UNSUPPORTED');
    expect(res.data.message).toContain('complex (bpmn:ComplexGateway, line 5)');
    expect(res.data.details['unsupported.bpmn'].errors[0]).toEqual({
      message: 'ComplexGateway is not supported',
      type: 'bpmn:ComplexGateway',
      line: 5,
      column: null,
      mainElementId: 'complex',
      elementIds: ['complex'],
    });
    expect(await h.count('process_definition')).toBe(0);
  });

  it('refuses a deployment without a BPMN resource, JSON instead of multipart, and more than 10 MiB', async () => {
    // given
    const huge = multipart({ 'deployment-name': 'big' }, { 'big.bpmn': `<x>${'x'.repeat(10 * 1024 * 1024)}</x>` });
    // when
    const empty = await h.deploy({ 'notes.txt': 'hello' });
    const json = await h.post('/deployment/create', { 'deployment-name': 'x' });
    const big = await h.app.inject({ method: 'POST', url: '/engine-rest/deployment/create', ...huge });
    // then
    expect(empty.statusCode).toBe(400);
    expect(empty.data.code).toBe('CAUCE_ERR_DEPLOYMENT_EMPTY');
    expect(json.statusCode).toBe(415);
    expect(json.data.code).toBe('CAUCE_ERR_UNSUPPORTED_MEDIA_TYPE');
    expect(big.statusCode).toBe(413);
    expect(JSON.parse(big.body).code).toBe('CAUCE_ERR_BODY_TOO_LARGE');
    expect(big.headers['content-type']).toBe('application/json');
    expect(await h.count('deployment')).toBe(0);
  });

  it('refuses multipart on any route but deployment/create', async () => {
    // given
    const form = multipart({ messageName: 'm' }, {});
    // when
    const res = await h.app.inject({ method: 'POST', url: '/engine-rest/message', ...form });
    // then
    expect(res.statusCode).toBe(415);
    expect(JSON.parse(res.body).code).toBe('CAUCE_ERR_UNSUPPORTED_MEDIA_TYPE');
  });
});
