import { buildApp } from '@cauce/engine';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newReference } from '../../src/session/referenceCode';
import { hidden, httpClient } from '../test/html';
import { startSelfServiceStack } from '../test/selfServiceStack';
import { selfServicePages } from './selfServicePages';

describe('self-service pages refuse an address that guesses reference codes (over HTTP, PGlite)', () => {
  let stack: Awaited<ReturnType<typeof startSelfServiceStack>>;
  let app: ReturnType<typeof buildApp>;
  let url: string;
  let clock = Date.parse('2026-03-02T09:00:00Z');
  beforeAll(async () => {
    stack = await startSelfServiceStack({ connectors: 'scenario' });
    // the same real session service and database, pages mounted with a small limit and a clock the test moves
    app = buildApp({
      db: stack.db,
      engine: stack.engine,
      plugins: [
        {
          plugin: selfServicePages,
          prefix: '/tramites',
          options: {
            sessions: stack.sessions,
            secret: 'limits',
            attemptLimits: { unknownReferences: { maxFailures: 3, windowMs: 5 * 60_000 }, now: () => clock },
          },
        },
      ],
    });
    url = await app.listen({ port: 0, host: '127.0.0.1' });
  }, 120_000);
  afterAll(async () => {
    await app?.close();
    await stack?.close();
  });

  it('after 3 unknown references, answers 429 with Retry-After and a page in the citizen’s language, until the window ends', async () => {
    // given a real request's reference, and a browser that has tried 3 codes that name nothing (status and resume)
    const known = (
      await stack.sessions.start(
        { role: 'citizen', userId: 'web-someone' },
        { procedureId: 'european-health-card', channel: 'web', language: 'es' },
      )
    ).reference;
    const browser = httpClient(url);
    const resumePage = await browser.get('/tramites/continuar');
    const token = hidden(resumePage.html, '_csrf');
    const tried = [
      await browser.get(`/tramites/estado?referencia=${newReference()}`),
      await browser.post('/tramites/continuar', { _csrf: token, referencia: newReference() }),
    ];
    // (malformed ones — typos the check character catches — do not count)
    const malformed = [
      await browser.get('/tramites/estado?referencia=hola'),
      await browser.get('/tramites/estado?referencia=SR-3333-33'),
    ];
    tried.push(await browser.get(`/tramites/estado?referencia=${newReference()}`));
    // when it asks for the real one, in Basque and in Spanish
    const statusEu = await browser.get(`/tramites/estado?referencia=${known}&lang=eu`);
    const resumeEs = await browser.post('/tramites/continuar?lang=es', { _csrf: token, referencia: known });
    clock += 5 * 60_000;
    const afterWindow = await browser.get(`/tramites/estado?referencia=${known}`);
    // then
    for (const page of tried)
      expect([page.status, page.html]).toEqual([
        200,
        expect.stringContaining('No hay ninguna solicitud con esa referencia'),
      ]);
    for (const page of malformed)
      expect([page.status, page.html]).toEqual([
        200,
        expect.stringContaining('Escriba la referencia tal como la recibió'),
      ]);
    expect(statusEu.status).toBe(429);
    expect(statusEu.headers.get('retry-after')).toBe('300');
    expect(statusEu.html).toContain('<html lang="eu"');
    expect(statusEu.html).toContain(
      'Konexio honetatik ez dauden erreferentzia gehiegi probatu dira. Segurtasunagatik, saiatu berriro 5 minutu barru.',
    );
    expect(resumeEs.status).toBe(429);
    expect(resumeEs.html).toContain('Se han probado demasiadas referencias que no existen desde esta conexión');
    expect(resumeEs.html).toContain(`value="${known}"`);
    expect(afterWindow.status).toBe(200);
    expect(afterWindow.html).not.toContain('demasiadas referencias');
    expect(afterWindow.html).toContain(known);
  });
});
