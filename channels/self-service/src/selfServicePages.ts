import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import cookie from '@fastify/cookie';
import { AttemptLimiter, type AttemptLimit } from '../../src/api/AttemptLimiter';
import { DEFAULT_ATTEMPT_LIMITS } from '../../src/api/attemptLimits';
import type { Language, SessionService } from './contract';
import { CsrfTokens } from './http/csrf';
import { handlePageError, render } from './http/errorPages';
import type { FastifyInstance, FastifyRequest } from './http/fastify';
import { FORM_BODY_LIMIT, parseFormBody } from './http/formBody';
import { buildShell, readPageRequest, sendPage, type PageRequest, type Pages } from './http/pageContext';
import { catalogueRoutes } from './routes/catalogue.routes';
import { identifyRoutes } from './routes/identify.routes';
import { referenceRoutes } from './routes/reference.routes';
import { sessionRoutes } from './routes/session.routes';

/** Options of {@link selfServicePages}. @public */
export interface SelfServiceOptions {
  /** the session service the pages render (in process: `createSessionService({ db, engine, simulatorsUrl })`) */
  sessions: SessionService;
  /**
   * key of the CSRF tokens; every process serving the pages must share it. Default `CAUCE_SELF_SERVICE_SECRET`,
   * else random per process (forms opened before a restart are then refused once, with a clear page).
   */
  secret?: string;
  /** add `Secure` to cookies: `'auto'` (default) when the request came over HTTPS (fastify `trustProxy` for a proxy) */
  secureCookies?: boolean | 'auto';
  /** the service's name in the header and titles, per language (default "Trámites en línea"…) */
  serviceName?: Partial<Record<Language, string>>;
  /** how long the working page's refresh request waits for connectors before answering again (ms, default 4000) */
  waitMs?: number;
  /** rounds of waiting before the working page stops refreshing and says it is slow (default 15 ≈ 1 minute) */
  maxWaits?: number;
  /**
   * references that name no request one client address may look up ("continue", "how is it going") before it is
   * refused for the rest of the window: default 10 in 15 minutes (DEFAULT_ATTEMPT_LIMITS.unknownReferences);
   * `now` is the clock the limiter sees (tests move it)
   */
  attemptLimits?: { unknownReferences?: AttemptLimit; now?: () => number };
}

/**
 * The citizen's self-service pages as a fastify plugin, mounted under any prefix
 * (`buildApp({ plugins: [{ plugin: selfServicePages, prefix: '/tramites', options: { sessions } }] })`).
 * Server-rendered HTML (React, static markup) that works with JavaScript disabled: plain form posts with a CSRF
 * token bound to the browser, post/redirect/get, the citizen's browser known by an HttpOnly SameSite=Lax cookie,
 * pages in es, ca, eu, gl and en, typed error pages. Its own encapsulation context: only urlencoded bodies, its own
 * error and not-found handlers, security headers on every answer. See ../README.md and ../CONTEXT.md.
 * @public
 */
export async function selfServicePages(app: FastifyInstance, opts: SelfServiceOptions): Promise<void> {
  if (!opts?.sessions) throw new Error('selfServicePages needs { sessions }: a SessionService');
  const base = app.prefix === '/' ? '' : app.prefix.replace(/\/$/, '');
  const secret = opts.secret ?? process.env.CAUCE_SELF_SERVICE_SECRET;
  const tokens = new CsrfTokens(secret ? Buffer.from(secret, 'utf8') : randomBytes(32));
  const css = asset('style.css');
  const js = asset('enhance.js');
  const icon = asset('icon.svg');
  const contexts = new WeakMap<FastifyRequest, PageRequest>();
  const pages: Pages = {
    sessions: opts.sessions,
    base,
    assets: { css: `${base}/assets/${css.name}`, js: `${base}/assets/${js.name}`, icon: `${base}/assets/${icon.name}` },
    tokens,
    serviceName: opts.serviceName,
    waitMs: opts.waitMs ?? 4000,
    maxWaits: opts.maxWaits ?? 15,
    unknownReferences: new AttemptLimiter({
      ...(opts.attemptLimits?.unknownReferences ?? DEFAULT_ATTEMPT_LIMITS.unknownReferences),
      now: opts.attemptLimits?.now,
    }),
    request: (request) =>
      contexts.get(request) ?? { viewer: { role: 'citizen', userId: 'web-anonymous' }, language: 'es' },
    shell: (request, language, here) => buildShell(pages, pages.request(request), language, here),
    send: sendPage,
    redirect: (reply, to) => reply.code(303).header('location', to).header('cache-control', 'no-store').send(),
  };

  // Only HTML forms are accepted here; anything else is a 415 page.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string', bodyLimit: FORM_BODY_LIMIT },
    (_request, body, done) => {
      done(null, parseFormBody(body as string));
    },
  );

  await app.register(cookie);
  app.addHook('onRequest', async (request, reply) => {
    const secure =
      opts.secureCookies === true || ((opts.secureCookies ?? 'auto') === 'auto' && request.protocol === 'https');
    contexts.set(request, readPageRequest(request, reply, { cookiePath: base || '/', secure }));
  });

  // CSRF: a POST must come from one of our pages in this browser — its token is an HMAC of the browser's cookie.
  // Checked before validation, so a forged post learns nothing about the form. Browsers that say the post is
  // cross-site (Sec-Fetch-Site) are refused too.
  app.addHook('preValidation', async (request, reply) => {
    if (request.method !== 'POST') return;
    const token = (request.body as Record<string, unknown> | undefined)?._csrf;
    const crossSite = request.headers['sec-fetch-site'] === 'cross-site';
    if (crossSite || !tokens.verify(pages.request(request).browserId, token))
      return render(pages, request, reply, 'csrf', 403);
  });

  app.addHook('onSend', async (_request, reply, payload) => {
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'same-origin');
    reply.header('x-frame-options', 'DENY');
    // connect-src 'self': the pages fetch nothing, but browsers' and auditors' own reads of /robots.txt need it
    reply.header(
      'content-security-policy',
      "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
    );
    return payload;
  });

  app.setErrorHandler(handlePageError(pages));
  app.setNotFoundHandler((request, reply) => render(pages, request, reply, 'not-found', 404));

  for (const file of [css, js, icon]) {
    app.get(`/assets/${file.name}`, { schema: { response: { 200: { type: 'string' } } } }, async (_request, reply) =>
      reply
        .header('content-type', file.type)
        .header('cache-control', 'public, max-age=31536000, immutable')
        .send(file.body),
    );
  }
  catalogueRoutes(app, pages);
  sessionRoutes(app, pages);
  identifyRoutes(app, pages);
  referenceRoutes(app, pages);
}

// helpers
/** A file of ./assets with a content-hashed name, so it can be cached for a year. */
const ASSET_TYPES: Record<string, string> = {
  css: 'text/css; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  svg: 'image/svg+xml',
};

function asset(file: string): { name: string; body: string; type: string } {
  const body = readFileSync(new URL(`./assets/${file}`, import.meta.url), 'utf8');
  const hash = createHash('sha256').update(body).digest('hex').slice(0, 10);
  const [stem, ext] = file.split('.');
  return { name: `${stem}.${hash}.${ext}`, body, type: ASSET_TYPES[ext] };
}
