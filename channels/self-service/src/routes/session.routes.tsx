import { readAnswers } from '@cauce/forms';
import { one, type FormBody } from '../http/formBody';
import type { FastifyInstance, FastifyRequest } from '../http/fastify';
import type { Pages } from '../http/pageContext';
import { CheckAnswersPage } from '../pages/CheckAnswersPage';
import { HelpPage, SavePage } from '../pages/HelpPage';
import { sessionPath } from '../pages/SessionActions';
import { stepFields } from '../pages/StepPage';
import { renderView } from './renderView';
import { formBody, langQuery, PAGE_RESPONSES, POST_RESPONSES, sessionParams, shortText } from './schemas';

/**
 * A citizen's session: its current page (with the long poll of the working page), answering a step, going back
 * to change an answer, check-your-answers, save and return, and asking for help. Every POST answers with a 303 to
 * the session's page (post/redirect/get), except a step refused with errors, which is shown at once with the
 * answers as posted.
 * @internal
 */
export function sessionRoutes(app: FastifyInstance, pages: Pages): void {
  const sid = (request: FastifyRequest) => (request.params as { sessionId: string }).sessionId;
  const home = (request: FastifyRequest) => sessionPath(pages.base, sid(request));

  app.get(
    '/solicitud/:sessionId',
    {
      schema: {
        params: sessionParams,
        querystring: {
          type: 'object',
          properties: { ...langQuery.properties, espera: { type: 'integer', minimum: 0, maximum: 1000 } },
        },
        response: PAGE_RESPONSES,
      },
    },
    async (request, reply) => {
      const ctx = pages.request(request);
      const wait = (request.query as { espera?: number }).espera;
      let view = await pages.sessions.view(ctx.viewer, sid(request), ctx.chosen);
      if (wait !== undefined && view.status === 'working') {
        // the long poll behind the working page's refresh: hold the request until the session moves on
        const until = Date.now() + pages.waitMs;
        while (view.status === 'working' && Date.now() < until) {
          await new Promise((resolve) => setTimeout(resolve, 200));
          view = await pages.sessions.view(ctx.viewer, sid(request));
        }
      }
      return renderView(pages, request, reply, view, { wait: wait ?? 0 });
    },
  );

  app.post(
    '/solicitud/:sessionId/respuesta',
    {
      schema: {
        params: sessionParams,
        body: formBody({ stepId: shortText, submissionId: shortText }, ['stepId', 'submissionId']),
        response: POST_RESPONSES,
      },
    },
    async (request, reply) => {
      const ctx = pages.request(request);
      const body = request.body as FormBody;
      const current = await pages.sessions.view(ctx.viewer, sid(request));
      const stepId = one(body, 'stepId');
      // a form from an earlier page (back button, second tab): show where the session is now
      if (current.status !== 'step' || current.step?.id !== stepId) return pages.redirect(reply, home(request));
      const fields = stepFields(current, pages.shell(request, current.language, home(request)));
      const view = await pages.sessions.submit(ctx.viewer, sid(request), {
        stepId,
        answers: readAnswers(fields, body),
        submissionId: one(body, 'submissionId'),
      });
      if (view.status === 'step' && view.errors.length) return renderView(pages, request, reply, view);
      return pages.redirect(reply, home(request));
    },
  );

  app.post(
    '/solicitud/:sessionId/cambiar',
    {
      schema: { params: sessionParams, body: formBody({ toStep: shortText }, ['toStep']), response: POST_RESPONSES },
    },
    async (request, reply) => {
      const ctx = pages.request(request);
      await pages.sessions.back(ctx.viewer, sid(request), { toStep: one(request.body as FormBody, 'toStep') });
      return pages.redirect(reply, home(request));
    },
  );

  app.get(
    '/solicitud/:sessionId/respuestas',
    { schema: { params: sessionParams, querystring: langQuery, response: PAGE_RESPONSES } },
    async (request, reply) => {
      const ctx = pages.request(request);
      const view = await pages.sessions.view(ctx.viewer, sid(request), ctx.chosen);
      if (view.status === 'done' || view.status === 'handed-off') return pages.redirect(reply, home(request));
      return pages.send(
        reply,
        200,
        <CheckAnswersPage shell={pages.shell(request, view.language, `${home(request)}/respuestas`)} view={view} />,
      );
    },
  );

  app.get(
    '/solicitud/:sessionId/guardar',
    { schema: { params: sessionParams, querystring: langQuery, response: PAGE_RESPONSES } },
    async (request, reply) => {
      const ctx = pages.request(request);
      const view = await pages.sessions.view(ctx.viewer, sid(request), ctx.chosen);
      return pages.send(
        reply,
        200,
        <SavePage shell={pages.shell(request, view.language, `${home(request)}/guardar`)} view={view} />,
      );
    },
  );

  app.get(
    '/solicitud/:sessionId/ayuda',
    { schema: { params: sessionParams, querystring: langQuery, response: PAGE_RESPONSES } },
    async (request, reply) => {
      const ctx = pages.request(request);
      const view = await pages.sessions.view(ctx.viewer, sid(request), ctx.chosen);
      if (!view.actions.includes('help')) return pages.redirect(reply, home(request));
      return pages.send(
        reply,
        200,
        <HelpPage shell={pages.shell(request, view.language, `${home(request)}/ayuda`)} view={view} />,
      );
    },
  );

  app.post(
    '/solicitud/:sessionId/ayuda',
    {
      schema: {
        params: sessionParams,
        body: formBody({ note: { type: 'string', maxLength: 2000 } }),
        response: POST_RESPONSES,
      },
    },
    async (request, reply) => {
      const ctx = pages.request(request);
      const note = one(request.body as FormBody, 'note').trim();
      await pages.sessions.help(ctx.viewer, sid(request), note || undefined);
      return pages.redirect(reply, home(request));
    },
  );
}
