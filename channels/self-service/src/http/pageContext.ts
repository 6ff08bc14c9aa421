import { createHash, randomBytes } from 'node:crypto';
import type { ReactElement } from 'react';
import type { AttemptLimiter } from '../../../src/api/AttemptLimiter';
import type { Language, SessionService, Viewer } from '../contract';
import { isLanguage, LANGUAGES, translator } from '../i18n';
import type { Shell } from '../pages/Layout';
import { renderPage } from '../render';
import type { CsrfTokens } from './csrf';
import type { FastifyReply, FastifyRequest } from './fastify';

/** Name of the cookie that identifies the browser (and so the citizen's sessions). @internal */
export const BROWSER_COOKIE = 'cauce_ss';
/** Name of the cookie that keeps the language the citizen chose. @internal */
export const LANGUAGE_COOKIE = 'cauce_lang';

/** What a request knows about who is asking and in which language. @internal */
export interface PageRequest {
  /** random id of this browser, from its HttpOnly cookie; undefined before the first page sets it */
  browserId?: string;
  viewer: Viewer;
  /** a language the citizen chose (`?lang=` or the cookie) — only this changes a session's language */
  chosen?: Language;
  /** the chosen language, else the browser's Accept-Language, else Spanish */
  language: Language;
}

/** Everything the routes share: the service, the mount point, assets, tokens and how to answer a page. @internal */
export interface Pages {
  sessions: SessionService;
  base: string;
  assets: { css: string; js: string; icon: string };
  tokens: CsrfTokens;
  serviceName?: Partial<Record<Language, string>>;
  waitMs: number;
  maxWaits: number;
  /** counts look-ups of references that name no request, per client address (guessing codes) */
  unknownReferences: AttemptLimiter;
  request(request: FastifyRequest): PageRequest;
  shell(request: FastifyRequest, language: Language, here: string): Shell;
  send(reply: FastifyReply, status: number, page: ReactElement): FastifyReply;
  redirect(reply: FastifyReply, to: string): FastifyReply;
}

/**
 * Reads (or, on a first visit, issues) the browser id and the language of a request, and sets their cookies
 * (`@fastify/cookie`, registered by selfServicePages).
 * The viewer is a citizen whose user id is a hash of the browser id, so the id itself is never stored: the
 * session service lets a citizen reach only sessions that user id owns.
 * @internal
 */
export function readPageRequest(
  request: FastifyRequest,
  reply: FastifyReply,
  opts: { cookiePath: string; secure: boolean },
): PageRequest {
  const cookies = request.cookies;
  let browserId = /^[A-Za-z0-9_-]{32}$/.test(cookies[BROWSER_COOKIE] ?? '') ? cookies[BROWSER_COOKIE] : undefined;
  // HttpOnly and SameSite=Lax: a citizen following a link from an email or SMS still arrives with their session;
  // cross-site form posts do not carry it.
  const cookie = { path: opts.cookiePath, httpOnly: true, sameSite: 'lax', secure: opts.secure } as const;
  if (!browserId && request.method === 'GET') {
    browserId = randomBytes(24).toString('base64url');
    reply.setCookie(BROWSER_COOKIE, browserId, { ...cookie, maxAge: 90 * 24 * 3600 });
  }
  const asked = (request.query as Record<string, unknown> | undefined)?.lang;
  let chosen: Language | undefined;
  if (isLanguage(asked)) {
    chosen = asked;
    if (asked !== cookies[LANGUAGE_COOKIE])
      reply.setCookie(LANGUAGE_COOKIE, asked, { ...cookie, maxAge: 365 * 24 * 3600 });
  } else if (isLanguage(cookies[LANGUAGE_COOKIE])) {
    chosen = cookies[LANGUAGE_COOKIE] as Language;
  }
  const userId = browserId
    ? `web-${createHash('sha256').update(browserId).digest('base64url').slice(0, 32)}`
    : 'web-anonymous';
  return {
    browserId,
    viewer: { role: 'citizen', userId },
    chosen,
    language: chosen ?? acceptLanguage(request.headers['accept-language']),
  };
}

/** The best page language in an Accept-Language header (quality order), else Spanish. @internal */
export function acceptLanguage(header: string | undefined): Language {
  if (!header) return 'es';
  const ranked = header
    .split(',')
    .map((part, i) => {
      const [tag, ...params] = part.trim().split(';');
      const q = Number(
        params
          .find((p) => p.trim().startsWith('q='))
          ?.trim()
          .slice(2) ?? 1,
      );
      return { primary: tag.trim().toLowerCase().split('-')[0], q: Number.isFinite(q) ? q : 0, i };
    })
    .filter((r) => r.q > 0)
    .sort((a, b) => b.q - a.q || a.i - b.i);
  return (
    (ranked.find((r) => (LANGUAGES as readonly string[]).includes(r.primary))?.primary as Language | undefined) ?? 'es'
  );
}

/** Builds a page's shell (translator, links, token) for a language. @internal */
export function buildShell(
  pages: Pick<Pages, 'base' | 'assets' | 'tokens' | 'serviceName'>,
  ctx: PageRequest,
  language: Language,
  here: string,
): Shell {
  return {
    language,
    t: translator(language),
    base: pages.base,
    assets: pages.assets,
    here,
    csrf: ctx.browserId ? pages.tokens.issue(ctx.browserId) : '',
    serviceName: pages.serviceName?.[language],
  };
}

/** The page's HTML with its status; every page is `text/html` and never cached (it shows a session's state). @internal */
export function sendPage(reply: FastifyReply, status: number, page: ReactElement): FastifyReply {
  return reply
    .code(status)
    .header('content-type', 'text/html; charset=utf-8')
    .header('cache-control', 'no-store')
    .send(renderPage(page));
}
