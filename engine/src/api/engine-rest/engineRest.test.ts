import { Writable } from 'node:stream';
import type { RouteOptions } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Engine } from '../../commands/Engine';
import type { Db } from '../../store/Db';
import { databasesUnderTest } from '../../store/testing';
import { requireRouteSchemas } from '../requireRouteSchemas';
import { restOn, type RestHarness } from './testing/restHarness';

describe.each(databasesUnderTest())('engine-rest on $name', (d) => {
  let db: Db;
  let h: RestHarness;
  let routes: RouteOptions[];
  beforeEach(async () => {
    db = await d.open();
    routes = [];
    h = await restOn(db, { onRoute: (route) => routes.push(route) });
  });
  afterEach(async () => {
    await h.close();
    await db.close();
  });

  it('answers GET /engine and GET /version with exactly application/json', async () => {
    // given an app
    // when
    const engines = await h.get('/engine');
    const version = await h.get('/version');
    // then
    expect(engines.statusCode).toBe(200);
    expect(engines.headers['content-type']).toBe('application/json');
    expect(engines.data).toEqual([{ name: 'default' }]);
    expect(version.data).toEqual({ version: '7.22.0' });
    expect(version.headers['content-type']).toBe('application/json');
  });

  it('maps an unknown route to 404 CAUCE_ERR_ROUTE_NOT_FOUND, as JSON', async () => {
    // given an app
    // when
    const res = await h.get('/no-such-thing?x=1');
    // then
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toBe('application/json');
    expect(res.data).toEqual({
      type: 'InvalidRequestException',
      message: 'no route GET /engine-rest/no-such-thing',
      code: 'CAUCE_ERR_ROUTE_NOT_FOUND',
    });
  });

  it('refuses malformed JSON, other media types, schema violations and oversized bodies with typed errors', async () => {
    // given
    const big = JSON.stringify({ messageName: 'm', businessKey: 'x'.repeat(1024 * 1024) });
    // when
    const malformed = await h.post('/message', '{"messageName": ');
    const text = await h.post('/message', 'messageName=m', { 'content-type': 'text/plain' });
    const form = await h.post('/message', 'messageName=m', { 'content-type': 'application/x-www-form-urlencoded' });
    const invalid = await h.post('/external-task/fetchAndLock', { workerId: 'w', maxTasks: -1 });
    const oversized = await h.post('/message', big);
    const badQuery = await h.get('/task?maxResults=lots');
    // then
    expect(malformed.statusCode).toBe(400);
    expect(malformed.data).toMatchObject({ code: 'CAUCE_ERR_BODY_INVALID', type: 'InvalidRequestException' });
    expect(text.statusCode).toBe(415);
    expect(text.data).toMatchObject({
      code: 'CAUCE_ERR_UNSUPPORTED_MEDIA_TYPE',
      message: "unsupported content type 'text/plain'",
    });
    expect(form.statusCode).toBe(415);
    expect(invalid.statusCode).toBe(400);
    expect(invalid.data).toMatchObject({
      code: 'CAUCE_ERR_BODY_INVALID',
      message: 'invalid request: body/maxTasks must be >= 0',
    });
    expect(oversized.statusCode).toBe(413);
    expect(oversized.data).toMatchObject({
      code: 'CAUCE_ERR_BODY_TOO_LARGE',
      message: 'request body larger than 1048576 bytes',
    });
    expect(badQuery.statusCode).toBe(400);
    for (const res of [malformed, text, form, invalid, oversized, badQuery]) {
      expect(res.headers['content-type']).toBe('application/json');
      expect(Object.keys(res.data).sort()).toEqual(['code', 'message', 'type']);
    }
  });

  it('refuses a __proto__ key anywhere in a body before any handler runs', async () => {
    // given
    const inVariable =
      '{"messageName":"m","processVariables":{"x":{"value":{"__proto__":{"polluted":true}},"type":"Json"}}}';
    const elsewhere = '{"workerId":"w","maxTasks":1,"topics":[{"topicName":"t","lockDuration":1,"__proto__":{"x":1}}]}';
    // when
    const a = await h.post('/message', inVariable);
    const b = await h.post('/external-task/fetchAndLock', elsewhere);
    // then
    expect(a.statusCode).toBe(400);
    expect(a.data).toMatchObject({
      code: 'CAUCE_ERR_VARIABLE_FORBIDDEN_KEY',
      message: "variable 'x' uses the forbidden key '__proto__'",
    });
    expect(b.statusCode).toBe(400);
    expect(b.data).toMatchObject({
      code: 'CAUCE_ERR_BODY_INVALID',
      message: "invalid request: forbidden key '__proto__' at topics.0.__proto__",
    });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('declares a response schema with a 2xx, and a 4xx when it takes input, on every route', async () => {
    // given the routes registered by buildApp
    const engineRest = routes.filter((r) => r.url.startsWith('/engine-rest') && r.method !== 'HEAD');
    // when
    const missing = engineRest.filter((r) => {
      const response = (r.schema as { response?: Record<string, unknown> } | undefined)?.response ?? {};
      const statuses = Object.keys(response);
      const takesInput = Boolean(r.schema?.params || r.schema?.querystring || r.schema?.body) || r.url.includes('/:');
      return !statuses.some((s) => s.startsWith('2')) || (takesInput && !statuses.some((s) => s.startsWith('4')));
    });
    // then
    expect(engineRest.length).toBeGreaterThanOrEqual(48);
    expect(missing.map((r) => `${r.method} ${r.url}`)).toEqual([]);
  });

  it('refuses at registration a route without a response schema', () => {
    // given
    const bare = { method: 'GET', url: '/engine-rest/x', handler: async () => ({}) } as RouteOptions;
    const noClientError = {
      method: 'GET',
      url: '/engine-rest/x/:id',
      schema: { response: { 200: {} } },
      handler: async () => ({}),
    } as RouteOptions;
    // when / then
    expect(() => requireRouteSchemas(bare)).toThrow('has no response schema');
    expect(() => requireRouteSchemas(noClientError)).toThrow('declares no 4xx response');
  });

  it('serves an OpenAPI 3 document listing every route, whose references all resolve', async () => {
    // given
    const expected = routes
      .filter((r) => r.url.startsWith('/engine-rest') && r.method !== 'HEAD')
      .map((r) => `${String(r.method).toLowerCase()} ${r.url.replace(/:(\w+)/g, '{$1}')}`)
      .sort();
    // when
    const res = await h.get('/openapi.json');
    const doc = res.data;
    // then
    expect(res.headers['content-type']).toBe('application/json');
    expect(doc.openapi).toMatch(/^3\./);
    const listed = Object.entries(doc.paths as Record<string, Record<string, unknown>>)
      .flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m} ${path}`))
      .sort();
    expect(listed).toEqual(expected);
    const refs = JSON.stringify(doc).match(/"\$ref":"[^"]+"/g) ?? [];
    for (const ref of new Set(refs)) {
      const name = /#\/components\/schemas\/([^"]+)"/.exec(ref)?.[1];
      expect(name && doc.components.schemas[name], ref).toBeTruthy();
    }
    expect(doc.paths['/engine-rest/external-task/fetchAndLock'].post.responses['400']).toBeDefined();
  });
});

describe('engine-rest faults', () => {
  it('answers an unexpected failure with 500, a reference and no details, and logs it under that reference', async () => {
    // given an engine whose start fails in a way nobody planned
    const [d] = databasesUnderTest();
    const db = await d.open();
    const lines: string[] = [];
    const stream = new Writable({ write: (chunk, _e, done) => (lines.push(String(chunk)), done()) });
    const engine = new Engine({ db });
    engine.startProcess = async () => {
      throw new Error('secret connection string postgres://admin:hunter2@db');
    };
    const h = await restOn(db, { engine, logger: { level: 'info', stream } });
    await h.deploy({
      'p.bpmn':
        '<?xml version="1.0"?><bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d" targetNamespace="t"><bpmn:process id="p" isExecutable="true"><bpmn:startEvent id="s"/></bpmn:process></bpmn:definitions>',
    });
    // when
    const res = await h.post('/process-definition/key/p/start', {});
    // then
    expect(res.statusCode).toBe(500);
    expect(res.headers['content-type']).toBe('application/json');
    expect(res.data.code).toBe('CAUCE_ERR_INTERNAL');
    expect(res.data.type).toBe('ProcessEngineException');
    expect(res.body).not.toContain('hunter2');
    expect(res.body).not.toContain('at ');
    const reference = /reference ([0-9a-f-]{36})/.exec(res.data.message)?.[1];
    expect(reference).toBeDefined();
    const logged = lines.map((l) => JSON.parse(l)).find((l) => l.reference === reference);
    expect(logged?.err?.message).toContain('hunter2');
    await h.close();
    await db.close();
  });
});
