import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildApp } from '@cauce/engine';
import { databasesUnderTest } from '@cauce/engine';
import type { StepView } from '../contract';
import { channelsHarness, protocolAnswers, simulators } from '../testing/harness';
import { channelsApi } from './channelsApi';
import { DemoAuth } from './demoAuth';

const sims = simulators();
const LUCIA = '99000001C';
const CARMEN = '99000002K';

describe.each(databasesUnderTest())('/api on $name', (d) => {
  let h: Awaited<ReturnType<typeof channelsHarness>>;
  let app: ReturnType<typeof buildApp>;
  const routes: Array<{ url: string; method: string | string[]; schema?: any }> = [];
  const auth = new DemoAuth({ secret: 'test', password: 'cauce' });
  beforeEach(async () => {
    await sims.start();
    h = await channelsHarness(d, sims.url());
    routes.length = 0;
    app = buildApp({
      db: h.db,
      engine: h.engine,
      plugins: [{ plugin: channelsApi, prefix: '/api', options: { service: h.service, auth } }],
      onRoute: (r) => routes.push(r),
    });
    await app.ready();
  });
  afterEach(async () => {
    await app.close();
    await h.close();
    await sims.stop();
  });

  const login = async (user: string) =>
    (await app.inject({ method: 'POST', url: '/api/auth/login', payload: { user, password: 'cauce' } })).json()
      .token as string;

  it('declares params, body and responses (4xx included) on every route', () => {
    const api = routes.filter((r) => r.url.startsWith('/api/'));
    expect(api.length).toBeGreaterThanOrEqual(14);
    for (const route of api) {
      const codes = Object.keys(route.schema?.response ?? {});
      expect(
        codes.some((c) => c.startsWith('2')),
        `${route.method} ${route.url}`,
      ).toBe(true);
      expect(codes).toEqual(expect.arrayContaining(['400', '401', '403', '404']));
      if (route.url.includes(':')) expect(route.schema.params, route.url).toBeDefined();
      if (route.method === 'POST') expect(route.schema.body, route.url).toBeDefined();
    }
  });

  it('logs staff in, and refuses missing, wrong or forged credentials', async () => {
    // when
    const wrong = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { user: 'ana', password: 'nope' },
    });
    const ok = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { user: 'ana', password: 'cauce' },
    });
    const anonymous = await app.inject({ method: 'GET', url: '/api/queues/1' });
    const forged = await app.inject({
      method: 'GET',
      url: '/api/queues/1',
      headers: { authorization: `Bearer ${ok.json().token.slice(0, -3)}abc` },
    });
    const byCookie = await app.inject({
      method: 'GET',
      url: '/api/queues/1',
      headers: { cookie: `cauce_auth=${ok.json().token}` },
    });
    const tooLow = await app.inject({
      method: 'GET',
      url: '/api/queues/2',
      headers: { authorization: `Bearer ${ok.json().token}` },
    });
    const unknown = await app.inject({ method: 'GET', url: '/api/nothing-here' });
    // then
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json()).toMatchObject({ code: 'CAUCE_ERR_LOGIN_FAILED' });
    expect(ok.json()).toMatchObject({ user: { id: 'ana', role: 'agent-l1' } });
    expect(ok.headers['set-cookie']).toContain('HttpOnly');
    expect([anonymous.statusCode, anonymous.json().code]).toEqual([401, 'CAUCE_ERR_UNAUTHORIZED']);
    expect(forged.statusCode).toBe(401);
    expect([byCookie.statusCode, byCookie.json()]).toEqual([200, []]);
    expect([tooLow.statusCode, tooLow.json().code]).toEqual([403, 'CAUCE_ERR_FORBIDDEN']);
    expect([unknown.statusCode, unknown.json().code]).toEqual([404, 'CAUCE_ERR_ROUTE_NOT_FOUND']);
  });

  it('runs a citizen session on its own token, the same view as in process; another token is refused', async () => {
    // given
    const started = await app.inject({
      method: 'POST',
      url: '/api/sessions',
      payload: { procedureId: 'european-health-card', channel: 'web', language: 'es' },
    });
    const token = started.headers['cauce-citizen-token'] as string;
    const as = { authorization: `Bearer ${token}` };
    const first = started.json() as StepView;
    // when
    const answers = await protocolAnswers(sims.url(), LUCIA, first.identification.questions);
    const identified = await app.inject({
      method: 'POST',
      url: `/api/sessions/${first.sessionId}/identify`,
      headers: as,
      payload: { method: 'protocol', answers },
    });
    const invalid = await app.inject({
      method: 'POST',
      url: `/api/sessions/${first.sessionId}/submit`,
      headers: as,
      payload: { stepId: 'ConfirmRequest', answers: {}, submissionId: 's0' },
    });
    const malformed = await app.inject({
      method: 'POST',
      url: `/api/sessions/${first.sessionId}/submit`,
      headers: as,
      payload: { stepId: 'ConfirmRequest', answers: {} },
    });
    const viewed = await app.inject({
      method: 'GET',
      url: `/api/sessions/${first.sessionId}?language=en`,
      headers: as,
    });
    const stranger = await app.inject({
      method: 'GET',
      url: `/api/sessions/${first.sessionId}`,
      headers: { authorization: `Bearer ${auth.newCitizen().token}` },
    });
    const status = await app.inject({ method: 'GET', url: `/api/requests/${first.reference}/status?language=en` });
    // then
    expect(started.statusCode).toBe(201);
    expect(token).toMatch(/^cit_/);
    expect(identified.json()).toMatchObject({ status: 'step', step: { id: 'ConfirmRequest' } });
    expect(
      invalid
        .json()
        .errors.map((e: { field: string }) => e.field)
        .sort(),
    ).toEqual(['addressConfirmed', 'travellingSoon']);
    expect([malformed.statusCode, malformed.json().code]).toEqual([400, 'CAUCE_ERR_BODY_INVALID']);
    expect(viewed.json()).toEqual(await h.service.view(auth.viewer(token)!, first.sessionId, 'en'));
    expect(viewed.json().review).toBeDefined();
    expect([stranger.statusCode, stranger.json().code]).toEqual([404, 'CAUCE_ERR_SESSION_NOT_FOUND']);
    expect(status.json()).toMatchObject({ reference: first.reference, state: 'waiting-citizen', type: 'ehic-request' });

    // when the citizen asks for help and an agent takes it over HTTP
    await app.inject({
      method: 'POST',
      url: `/api/sessions/${first.sessionId}/help`,
      headers: as,
      payload: { note: 'Ayuda' },
    });
    const ana = { authorization: `Bearer ${await login('ana')}` };
    const queue = await app.inject({ method: 'GET', url: '/api/queues/1', headers: ana });
    const taken = await app.inject({
      method: 'POST',
      url: '/api/resume',
      headers: ana,
      payload: { reference: first.reference },
    });
    // then
    expect(queue.json()).toEqual([expect.objectContaining({ sessionId: first.sessionId, reason: 'help: Ayuda' })]);
    expect(taken.json()).toMatchObject({
      channel: 'agent',
      status: 'step',
      step: { id: 'ConfirmRequest' },
      identification: { reached: 1 },
    });
  });

  it('adds notes for the owning agent only, with typed errors; an agent view with notes and citizen passes through unchanged', async () => {
    // given
    const ana = { authorization: `Bearer ${await login('ana')}` };
    const luis = { authorization: `Bearer ${await login('luis')}` };
    const started = (
      await app.inject({
        method: 'POST',
        url: '/api/sessions',
        headers: ana,
        payload: { procedureId: 'european-health-card', channel: 'agent', language: 'es', citizenId: LUCIA },
      })
    ).json() as StepView;
    const citizen = await app.inject({
      method: 'POST',
      url: '/api/sessions',
      payload: { procedureId: 'european-health-card', channel: 'web', language: 'es' },
    });
    const url = `/api/sessions/${started.sessionId}/notes`;
    // when
    const added = await app.inject({ method: 'POST', url, headers: ana, payload: { text: ' Prefiere correo ' } });
    const blank = await app.inject({ method: 'POST', url, headers: ana, payload: { text: '   ' } });
    const long = await app.inject({ method: 'POST', url, headers: ana, payload: { text: 'x'.repeat(2001) } });
    const missing = await app.inject({ method: 'POST', url, headers: ana, payload: { note: 'wrong field' } });
    const notOwner = await app.inject({ method: 'POST', url, headers: luis, payload: { text: 'hola' } });
    const anonymous = await app.inject({ method: 'POST', url, payload: { text: 'hola' } });
    const byCitizen = await app.inject({
      method: 'POST',
      url: `/api/sessions/${citizen.json().sessionId}/notes`,
      headers: { authorization: `Bearer ${citizen.headers['cauce-citizen-token']}` },
      payload: { text: 'hola' },
    });
    const viewed = await app.inject({ method: 'GET', url: `/api/sessions/${started.sessionId}`, headers: ana });
    // then
    expect(added.statusCode).toBe(200);
    expect(added.json()).toMatchObject({
      citizenId: LUCIA,
      serviceRequest: { notes: [{ by: 'ana', role: 'agent-l1', text: 'Prefiere correo' }] },
    });
    expect([blank.statusCode, blank.json().code]).toEqual([400, 'CAUCE_ERR_NOTE_INVALID']);
    expect([long.statusCode, long.json().code]).toEqual([400, 'CAUCE_ERR_NOTE_INVALID']);
    expect([missing.statusCode, missing.json().code]).toEqual([400, 'CAUCE_ERR_BODY_INVALID']);
    expect([notOwner.statusCode, notOwner.json().code]).toEqual([403, 'CAUCE_ERR_FORBIDDEN']);
    expect([anonymous.statusCode, anonymous.json().code]).toEqual([401, 'CAUCE_ERR_UNAUTHORIZED']);
    expect([byCitizen.statusCode, byCitizen.json().code]).toEqual([403, 'CAUCE_ERR_FORBIDDEN']);
    expect(viewed.json()).toEqual(await h.service.view(auth.viewer(ana.authorization.slice(7))!, started.sessionId));
    expect(citizen.json().serviceRequest).not.toHaveProperty('notes');
  });

  it('reads a protected person only with a reason header, audited', async () => {
    // given
    const ana = await login('ana');
    const payload = { procedureId: 'european-health-card', channel: 'agent', language: 'es', citizenId: CARMEN };
    // when
    const refused = await app.inject({
      method: 'POST',
      url: '/api/sessions',
      headers: { authorization: `Bearer ${ana}` },
      payload,
    });
    const allowed = await app.inject({
      method: 'POST',
      url: '/api/sessions',
      headers: { authorization: `Bearer ${ana}`, 'x-cauce-reason': encodeURIComponent('Llamada de la titular') },
      payload,
    });
    // then
    expect([refused.statusCode, refused.json().code]).toEqual([403, 'CAUCE_ERR_REASON_REQUIRED']);
    expect(allowed.statusCode).toBe(201);
    const { rows } = await h.db.query("select user_id, reason from audit_log where action = 'protected-start'");
    expect(rows).toEqual([{ user_id: 'ana', reason: 'Llamada de la titular' }]);
  });
});
