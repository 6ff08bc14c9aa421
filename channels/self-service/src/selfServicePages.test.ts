import { buildApp } from '@cauce/engine';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hidden, httpClient, textOf } from '../test/html';
import { startSelfServiceStack } from '../test/selfServiceStack';
import { selfServicePages } from './selfServicePages';

describe('selfServicePages over HTTP (real session service on PGlite)', () => {
  let stack: Awaited<ReturnType<typeof startSelfServiceStack>>;
  const routes: Array<{ url: string; method: string | string[]; response: boolean }> = [];
  beforeAll(async () => {
    stack = await startSelfServiceStack({
      onRoute: (r) => routes.push({ url: r.url, method: r.method, response: !!r.schema?.response }),
    });
  }, 120_000);
  afterAll(() => stack?.close());

  /** A browser that has opened a procedure's start page (so it has its cookie and a token). */
  async function atStartPage(procedureId = 'european-health-card') {
    const browser = httpClient(stack.url);
    const page = await browser.get(`/tramites/tramite/${procedureId}`);
    return { browser, token: hidden(page.html, '_csrf'), page };
  }

  it('declares a response schema on every route', () => {
    const pages = routes.filter((r) => r.url.startsWith('/tramites'));
    expect(pages.length).toBeGreaterThan(12);
    expect(pages.filter((r) => !r.response).map((r) => `${r.method} ${r.url}`)).toEqual([]);
  });

  it('gives a first-time browser an HttpOnly, SameSite=Lax cookie, and answers with security headers', async () => {
    // when
    const r = await httpClient(stack.url).get('/tramites/');
    // then
    expect(r.status).toBe(200);
    const [browser, ...attributes] = r.headers.getSetCookie()[0].split('; ');
    expect(browser).toMatch(/^cauce_ss=[A-Za-z0-9_-]{32}$/);
    expect(attributes.sort()).toEqual([
      'HttpOnly',
      expect.stringMatching(/^Max-Age=\d+$/),
      'Path=/tramites',
      'SameSite=Lax',
    ]);
    expect(r.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(r.headers.get('cache-control')).toBe('no-store');
    expect(r.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(r.headers.get('content-security-policy')).toContain("form-action 'self'");
    expect(r.headers.get('content-security-policy')).toContain("connect-src 'self'");
    expect(r.headers.get('x-frame-options')).toBe('DENY');
    expect(r.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('describes itself in the page language and serves its own icon, cached', async () => {
    // when
    const page = await httpClient(stack.url).get('/tramites/?lang=eu');
    const iconHref = /<link rel="icon" href="([^"]+)" type="image\/svg\+xml"\/>/.exec(page.html)?.[1];
    const icon = await fetch(`${stack.url}${iconHref}`);
    // then
    expect(page.html).toContain('<meta name="description" content="Egin zure izapideak sarean urratsez urrats');
    expect(iconHref).toMatch(/^\/tramites\/assets\/icon\.[0-9a-f]{10}\.svg$/);
    expect(icon.status).toBe(200);
    expect(icon.headers.get('content-type')).toBe('image/svg+xml');
    expect(icon.headers.get('cache-control')).toContain('immutable');
    expect(await icon.text()).toMatch(/^<svg /);
  });

  it('starts with a post/redirect/get, and refuses posts without this browser’s token, with a clear page', async () => {
    // given
    const { browser, token } = await atStartPage();
    const stranger = httpClient(stack.url);
    // when
    const started = await browser.post('/tramites/tramite/european-health-card', { _csrf: token });
    const noCookie = await stranger.post('/tramites/tramite/european-health-card', { _csrf: token });
    const wrongToken = await browser.post('/tramites/tramite/european-health-card', {
      _csrf: `${token.slice(0, -2)}xx`,
    });
    const noToken = await browser.post('/tramites/tramite/european-health-card', {});
    const crossSite = await browser.post(
      '/tramites/tramite/european-health-card',
      { _csrf: token },
      { 'sec-fetch-site': 'cross-site' },
    );
    // then
    expect(started.status).toBe(303);
    expect(started.location).toMatch(/^\/tramites\/solicitud\/[0-9a-f-]{36}$/);
    for (const refused of [noCookie, wrongToken, noToken, crossSite]) {
      expect(refused.status).toBe(403);
      expect(textOf(refused.html, 'h1')).toBe('No hemos podido enviar el formulario');
    }
  });

  it('shows someone else’s session, or an id that is not one, as not found — in the chosen language', async () => {
    // given
    const { browser, token } = await atStartPage();
    const { location } = await browser.post('/tramites/tramite/european-health-card', { _csrf: token });
    const other = httpClient(stack.url);
    // when
    const foreign = await other.get(`${location}?lang=eu`);
    const malformed = await other.get('/tramites/solicitud/not%20an%20id');
    const own = await browser.get(location);
    // then
    expect(foreign.status).toBe(404);
    expect(textOf(foreign.html, 'h1')).toBe('Ez da orria aurkitu');
    expect(malformed.status).toBe(404);
    expect(textOf(malformed.html, 'h1')).toBe('Ez da orria aurkitu'); // the language cookie set just before
    expect(own.status).toBe(200);
  });

  it('sends a stale form back to where the session is, and refuses bodies that are not forms', async () => {
    // given
    const { browser, token } = await atStartPage();
    const { location } = await browser.post('/tramites/tramite/european-health-card', { _csrf: token });
    // when
    const stale = await browser.post(`${location}/respuesta`, {
      _csrf: token,
      stepId: 'InformRequested',
      submissionId: 's-1',
    });
    const json = await fetch(`${stack.url}${location}/respuesta`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: [...browser.jar].map(([k, v]) => `${k}=${v}`).join('; ') },
      body: '{"_csrf":"x"}',
    });
    const jsonHtml = await json.text();
    // then
    expect(stale.status).toBe(303);
    expect(stale.location).toBe(location);
    expect(json.status).toBe(415);
    expect(jsonHtml).toContain('No hemos entendido la petición');
  });

  it('speaks the browser’s language until the citizen picks one, then keeps that one', async () => {
    // given
    const browser = httpClient(stack.url);
    // when
    const english = await browser.get('/tramites/', { 'accept-language': 'en-GB,en;q=0.9' });
    const galician = await browser.get('/tramites/?lang=gl', { 'accept-language': 'en-GB,en;q=0.9' });
    const kept = await browser.get('/tramites/estado', { 'accept-language': 'en-GB,en;q=0.9' });
    // then
    expect(english.html).toContain('<html lang="en">');
    expect(galician.headers.getSetCookie().some((c) => c.startsWith('cauce_lang=gl;'))).toBe(true);
    expect(kept.html).toContain('<html lang="gl">');
    expect(textOf(kept.html, 'h1')).toBe('Como vai o meu?');
  });

  it('explains a reference that is malformed or unknown on the status page', async () => {
    // given
    const browser = httpClient(stack.url);
    // when
    const malformed = await browser.get('/tramites/estado?referencia=hola');
    const unknown = await browser.get('/tramites/estado?referencia=SR-2222-22');
    // then
    expect(malformed.html).toContain('<a href="#f-referencia">Escriba la referencia tal como la recibió');
    expect(unknown.html).toContain('No hay ninguna solicitud con esa referencia');
  });

  it('serves the stylesheet and script under content-hashed names, cached for a year', async () => {
    // given
    const page = await httpClient(stack.url).get('/tramites/');
    const css = /href="(\/tramites\/assets\/style\.[0-9a-f]{10}\.css)"/.exec(page.html)![1];
    // when
    const r = await fetch(`${stack.url}${css}`);
    // then
    expect(r.headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect(r.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect((await r.text()).length).toBeLessThan(10 * 1024);
  });

  it('answers a server fault with a page carrying an incident code, never the error itself', async () => {
    // given a session service whose catalogue fails
    const failing = {
      ...stack.sessions,
      catalogue: async () => {
        throw new Error('kaput: connection refused at 10.0.0.7');
      },
    };
    const app = buildApp({
      db: stack.db,
      engine: stack.engine,
      plugins: [{ plugin: selfServicePages, prefix: '/x', options: { sessions: failing, secret: 's' } }],
    });
    // when
    const r = await app.inject({ method: 'GET', url: '/x/?lang=ca' });
    await app.close();
    // then
    expect(r.statusCode).toBe(500);
    expect(r.body).toContain('Ho sentim, hi ha un problema amb el servei');
    expect(r.body).toMatch(/codi d&#x27;incidència: INC-[0-9A-F]{10}/);
    expect(r.body).not.toContain('kaput');
    expect(r.body).not.toContain('10.0.0.7');
  });
});
