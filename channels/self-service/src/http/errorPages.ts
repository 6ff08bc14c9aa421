import { randomBytes } from 'node:crypto';
import { asCauceError } from '@cauce/engine';
import { createElement } from 'react';
import { ErrorPage, type ErrorKind } from '../pages/ErrorPage';
import type { FastifyError, FastifyReply, FastifyRequest } from './fastify';
import type { Pages } from './pageContext';

/** How a fault is answered: a page of some kind with its status, or a redirect to the session's current page. @internal */
export type ErrorAnswer = { kind: ErrorKind; status: number } | { redirectToSession: true };

/**
 * Maps a fault to what the citizen sees. The session service's codes (CAUCE_ERR_*) say what happened: unknown or
 * not-theirs → 404 (a session of someone else is "not found", never "forbidden", so ids cannot be probed); refused
 * → 403; a form that is stale because the session moved on → back to the current page; an action no longer
 * possible → 409; malformed input → 400; a corporate system down → 502; anything else → 500.
 * @internal
 */
export function answerFor(error: { code?: string; statusCode?: number; validationContext?: string }): ErrorAnswer {
  switch (error.code) {
    case 'CAUCE_ERR_SESSION_NOT_FOUND':
    case 'CAUCE_ERR_REQUEST_NOT_FOUND':
    case 'CAUCE_ERR_PROCEDURE_NOT_FOUND':
    case 'CAUCE_ERR_CITIZEN_NOT_FOUND':
      return { kind: 'not-found', status: 404 };
    case 'CAUCE_ERR_FORBIDDEN':
    case 'CAUCE_ERR_REASON_REQUIRED':
    case 'CAUCE_ERR_IDENTIFICATION_REQUIRED':
      return { kind: 'forbidden', status: 403 };
    case 'CAUCE_ERR_STEP_NOT_CURRENT':
    case 'CAUCE_ERR_SESSION_CHANGED':
    case 'CAUCE_ERR_OTP_NOT_SENT':
    case 'CAUCE_ERR_IDENTIFICATION_LOCKED':
      return { redirectToSession: true };
    case 'CAUCE_ERR_BACK_NOT_POSSIBLE':
    case 'CAUCE_ERR_ACTION_NOT_ALLOWED':
    case 'CAUCE_ERR_CHANNEL_NOT_OFFERED':
    case 'CAUCE_ERR_OTP_SEND_LIMIT':
    case 'CAUCE_ERR_OTP_CHANNEL_UNAVAILABLE':
      return { kind: 'conflict', status: 409 };
    case 'CAUCE_ERR_CORPORATE_SYSTEM':
      return { kind: 'system', status: 502 };
    case 'FST_ERR_VALIDATION':
      return error.validationContext === 'params'
        ? { kind: 'not-found', status: 404 }
        : { kind: 'bad-request', status: 400 };
    default:
      break;
  }
  const status = error.statusCode ?? 500;
  if (status === 404) return { kind: 'not-found', status: 404 };
  if (status >= 400 && status < 500) return { kind: 'bad-request', status };
  return { kind: 'server', status: 500 };
}

/** The plugin's error handler: logs server faults with an incident code and answers a typed page. @internal */
export function handlePageError(pages: Pages) {
  return (error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    const answer = answerFor(asCauceError(error) ?? (error as FastifyError & { validationContext?: string }));
    const sessionId = (request.params as { sessionId?: string } | undefined)?.sessionId;
    if ('redirectToSession' in answer) {
      if (sessionId) return pages.redirect(reply, `${pages.base}/solicitud/${encodeURIComponent(sessionId)}`);
      return render(pages, request, reply, 'conflict', 409);
    }
    let incident: string | undefined;
    if (answer.status >= 500) {
      incident = `INC-${randomBytes(5).toString('hex').toUpperCase()}`;
      request.log.error({ err: error, incident }, 'self-service: page failed');
    }
    const back = sessionId
      ? {
          href: `${pages.base}/solicitud/${encodeURIComponent(sessionId)}`,
          text: pages.shell(request, pages.request(request).language, '/').t('backToRequest'),
        }
      : undefined;
    return render(
      pages,
      request,
      reply,
      answer.kind,
      answer.status,
      incident,
      answer.kind === 'not-found' ? undefined : back,
    );
  };
}

/** A typed error page in the request's language. @internal */
export function render(
  pages: Pages,
  request: FastifyRequest,
  reply: FastifyReply,
  kind: ErrorKind,
  status: number,
  incident?: string,
  back?: { href: string; text: string },
): FastifyReply {
  const ctx = pages.request(request);
  const here = request.method === 'GET' ? stripLang(request.url) : `${pages.base}/`;
  return pages.send(
    reply,
    status,
    createElement(ErrorPage, { shell: pages.shell(request, ctx.language, here), kind, incident, back }),
  );
}

/** A request URL without its `lang` parameter (the language links add their own). @internal */
export function stripLang(url: string): string {
  const [path, query = ''] = url.split('?');
  const params = new URLSearchParams(query);
  params.delete('lang');
  const rest = params.toString();
  return rest ? `${path}?${rest}` : path;
}
