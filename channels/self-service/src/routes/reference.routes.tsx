import { stripLang } from '../http/errorPages';
import { one, type FormBody } from '../http/formBody';
import type { FastifyInstance, FastifyReply } from '../http/fastify';
import type { Pages } from '../http/pageContext';
import type { Messages, T } from '../i18n';
import { ResumePage, StatusPage } from '../pages/ReferencePages';
import { sessionPath } from '../pages/SessionActions';
import { formBody, langQuery, PAGE_RESPONSES, POST_RESPONSES } from './schemas';

/**
 * What a reference code opens: "Continue a saved request" (a POST: it may open a session, which from another
 * browser shows nothing until the citizen identifies again) and "¿Cómo va lo mío?" (a GET: only the state in
 * words, nothing personal). An address that has tried too many references that name no request is answered 429
 * with the same page, saying so and for how long, until its window ends (codes cannot be guessed by trying).
 * @internal
 */
export function referenceRoutes(app: FastifyInstance, pages: Pages): void {
  app.get('/continuar', { schema: { querystring: langQuery, response: PAGE_RESPONSES } }, async (request, reply) => {
    const ctx = pages.request(request);
    return pages.send(reply, 200, <ResumePage shell={pages.shell(request, ctx.language, stripLang(request.url))} />);
  });

  app.post(
    '/continuar',
    { schema: { body: formBody({ referencia: { type: 'string', maxLength: 40 } }), response: POST_RESPONSES } },
    async (request, reply) => {
      const ctx = pages.request(request);
      const reference = one(request.body as FormBody, 'referencia').trim();
      const shell = pages.shell(request, ctx.language, `${pages.base}/continuar`);
      const problem = reference ? undefined : 'referenceRequired';
      if (problem)
        return pages.send(reply, 200, <ResumePage shell={shell} reference={reference} error={shell.t(problem)} />);
      const wait = pages.unknownReferences.retryAfterSeconds(request.ip);
      if (wait)
        return pages.send(
          retryAfter(reply, wait),
          429,
          <ResumePage shell={shell} reference={reference} error={tooManyTries(shell.t, wait)} />,
        );
      try {
        const view = await pages.sessions.resume(ctx.viewer, reference);
        return pages.redirect(reply, sessionPath(pages.base, view.sessionId));
      } catch (error) {
        countUnknown(pages, request.ip, error);
        const message = referenceProblem(error);
        if (!message) throw error;
        return pages.send(reply, 200, <ResumePage shell={shell} reference={reference} error={shell.t(message)} />);
      }
    },
  );

  app.get(
    '/estado',
    {
      schema: {
        querystring: {
          type: 'object',
          properties: { ...langQuery.properties, referencia: { type: 'string', maxLength: 40 } },
        },
        response: PAGE_RESPONSES,
      },
    },
    async (request, reply) => {
      const ctx = pages.request(request);
      const shell = pages.shell(request, ctx.language, stripLang(request.url));
      const asked = (request.query as { referencia?: string }).referencia;
      if (asked === undefined) return pages.send(reply, 200, <StatusPage shell={shell} />);
      const reference = asked.trim();
      if (!reference)
        return pages.send(
          reply,
          200,
          <StatusPage shell={shell} reference={reference} error={shell.t('referenceRequired')} />,
        );
      const wait = pages.unknownReferences.retryAfterSeconds(request.ip);
      if (wait)
        return pages.send(
          retryAfter(reply, wait),
          429,
          <StatusPage shell={shell} reference={reference} error={tooManyTries(shell.t, wait)} />,
        );
      try {
        const status = await pages.sessions.requestStatus(ctx.viewer, reference, ctx.language);
        return pages.send(reply, 200, <StatusPage shell={shell} reference={status.reference} status={status} />);
      } catch (error) {
        countUnknown(pages, request.ip, error);
        const message = referenceProblem(error);
        if (!message) throw error;
        return pages.send(reply, 200, <StatusPage shell={shell} reference={reference} error={shell.t(message)} />);
      }
    },
  );
}

// helpers
function referenceProblem(error: unknown): keyof Messages | undefined {
  const code = (error as { code?: string }).code;
  if (code === 'CAUCE_ERR_REFERENCE_INVALID') return 'referenceInvalid';
  if (code === 'CAUCE_ERR_REQUEST_NOT_FOUND') return 'referenceNotFound';
  return undefined;
}

/** A look-up of a reference that names no request counts against the address (malformed ones do not: typos). */
function countUnknown(pages: Pages, address: string, error: unknown): void {
  if ((error as { code?: string }).code === 'CAUCE_ERR_REQUEST_NOT_FOUND') pages.unknownReferences.failed(address);
}

function retryAfter(reply: FastifyReply, seconds: number): FastifyReply {
  return reply.header('retry-after', String(seconds));
}

function tooManyTries(t: T, seconds: number): string {
  return t('referenceTooManyTries', { minutes: Math.max(1, Math.ceil(seconds / 60)) });
}
