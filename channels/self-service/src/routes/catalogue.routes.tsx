import { stripLang } from '../http/errorPages';
import type { FastifyInstance } from '../http/fastify';
import type { Pages } from '../http/pageContext';
import { CataloguePage, StartPage } from '../pages/CataloguePage';
import { ErrorPage } from '../pages/ErrorPage';
import { formBody, langQuery, PAGE_RESPONSES, POST_RESPONSES, procedureParams } from './schemas';

/** The catalogue, a procedure's start page and starting it. @internal */
export function catalogueRoutes(app: FastifyInstance, pages: Pages): void {
  app.get(
    '/',
    {
      schema: {
        querystring: { type: 'object', properties: { ...langQuery.properties, q: { type: 'string', maxLength: 100 } } },
        response: PAGE_RESPONSES,
      },
    },
    async (request, reply) => {
      const ctx = pages.request(request);
      const q = (request.query as { q?: string }).q?.trim() || undefined;
      const entries = await pages.sessions.catalogue(ctx.viewer, { q, language: ctx.language });
      return pages.send(
        reply,
        200,
        <CataloguePage shell={pages.shell(request, ctx.language, stripLang(request.url))} entries={entries} q={q} />,
      );
    },
  );

  app.get(
    '/tramite/:procedureId',
    { schema: { params: procedureParams, querystring: langQuery, response: PAGE_RESPONSES } },
    async (request, reply) => {
      const ctx = pages.request(request);
      const { procedureId } = request.params as { procedureId: string };
      const entry = (await pages.sessions.catalogue(ctx.viewer, { language: ctx.language })).find(
        (e) => e.id === procedureId,
      );
      const shell = pages.shell(request, ctx.language, stripLang(request.url));
      if (!entry) return pages.send(reply, 404, <ErrorPage shell={shell} kind="not-found" />);
      return pages.send(reply, 200, <StartPage shell={shell} entry={entry} />);
    },
  );

  app.post(
    '/tramite/:procedureId',
    { schema: { params: procedureParams, body: formBody(), response: POST_RESPONSES } },
    async (request, reply) => {
      const ctx = pages.request(request);
      const { procedureId } = request.params as { procedureId: string };
      const view = await pages.sessions.start(ctx.viewer, { procedureId, channel: 'web', language: ctx.language });
      return pages.redirect(reply, `${pages.base}/solicitud/${encodeURIComponent(view.sessionId)}`);
    },
  );
}
