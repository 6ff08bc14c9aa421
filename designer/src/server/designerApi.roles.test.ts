import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databasesUnderTest, type Db } from '@cauce/engine';
import { designerTestApp, type DesignerTestApp } from './testing/designerTestApp';
import { SQL } from './store/sql';

describe.each(databasesUnderTest())('/api/designer roles on $name', (d) => {
  let db: Db;
  let t: DesignerTestApp;
  beforeAll(async () => {
    db = await d.open();
    t = await designerTestApp(db);
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/designer/procedures',
      headers: t.as('specialist'),
      payload: { id: 'role-check', title: { es: 'Comprobar roles' } },
    });
    expect(created.statusCode).toBe(201);
  });
  afterAll(async () => {
    await t?.app.close();
    if (db.kind === 'pglite') await db.query(SQL.testDrop);
    await db.close();
  });

  it('refuses agents, citizens and anonymous callers on every route, and supervisors on every write', async () => {
    // given every route the API registered, and what each role may do
    const readRoutes = ['GET', 'POST /check', 'POST /preview'];
    const reads = (r: { method: string; url: string }) =>
      r.method === 'GET' || readRoutes.some((x) => x !== 'GET' && r.url.endsWith(x.split(' ')[1]));
    expect(t.routes.length).toBeGreaterThanOrEqual(16);
    // when each role calls each route
    const answers: string[] = [];
    for (const route of t.routes) {
      for (const role of ['anonymous', 'citizen', 'agent-l1', 'agent-l2', 'integrator', 'supervisor'] as const) {
        const response = await t.app.inject({
          method: route.method as 'GET',
          url: route.url.replace(':id', 'role-check'),
          headers: t.as(role),
          payload: route.method === 'GET' ? undefined : {},
        });
        answers.push(`${route.method} ${route.url} ${role} ${response.statusCode} ${codeOf(response.body)}`);
      }
    }
    // then
    const expected = t.routes.flatMap((route) =>
      ['anonymous', 'citizen', 'agent-l1', 'agent-l2', 'integrator', 'supervisor'].map((role) => {
        const key = `${route.method} ${route.url} ${role}`;
        if (role === 'anonymous') return `${key} 401 CAUCE_ERR_UNAUTHORIZED`;
        if (role !== 'supervisor') return `${key} 403 CAUCE_ERR_DESIGNER_FORBIDDEN`;
        return reads(route) ? `${key} allowed` : `${key} 403 CAUCE_ERR_DESIGNER_READ_ONLY`;
      }),
    );
    expect(
      answers.map((a) => (/ supervisor (?!403)/.test(a) ? `${a.split(' supervisor ')[0]} supervisor allowed` : a)),
    ).toEqual(expected);
  });

  it('lets a specialist write and tells the SPA who is signed in with which access', async () => {
    // when
    const specialist = await t.app.inject({ url: '/api/designer/me', headers: t.as('specialist') });
    const supervisor = await t.app.inject({ url: '/api/designer/me', headers: t.as('supervisor') });
    // then
    expect(specialist.json()).toEqual({ userId: 'specialist-user', role: 'specialist', access: 'write' });
    expect(supervisor.json()).toEqual({ userId: 'supervisor-user', role: 'supervisor', access: 'read' });
  });

  it('says a refusal in the caller’s language', async () => {
    // when
    const es = await t.app.inject({
      url: '/api/designer/procedures',
      headers: { ...t.as('agent-l1'), 'accept-language': 'es-ES,es;q=0.9' },
    });
    const eu = await t.app.inject({ url: '/api/designer/procedures', headers: { 'accept-language': 'eu' } });
    // then
    expect(es.json().message).toBe('El rol agent-l1 no puede usar el diseñador');
    expect(eu.json().message).toBe('Hasi saioa diseinatzailea erabiltzeko');
  });
});

// helpers
function codeOf(body: string): string {
  try {
    return JSON.parse(body).code ?? '';
  } catch {
    return '';
  }
}
