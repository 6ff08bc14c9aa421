import type { FastifyInstance } from 'fastify';
import type {
  BackBody,
  CloseBody,
  EscalateBody,
  HelpBody,
  IdentifyBody,
  LanguageQuery,
  NoteBody,
  SessionParams,
  StartBody,
  SubmitBody,
} from './generated/types';
import { ref, replies, viewReplies } from './schemas';

type OnSession<Body> = { Params: SessionParams; Body: Body };

/**
 * A session's life over HTTP, one route per SessionService operation: start, view, submit, back, identify, help,
 * escalate, notes, close. Every answer is the step view, the very one the service gives in process.
 * @internal
 */
export async function sessionRoutes(app: FastifyInstance): Promise<void> {
  const { service, viewer } = app.channelsApi;
  const params = ref('cauce-api-session-params');

  app.post<{ Body: StartBody }>(
    '/sessions',
    { schema: { body: ref('cauce-api-start'), response: replies({ 201: ref('cauce-api-step-view') }) } },
    async (request, reply) => {
      const who = viewer(request, request.body.channel === 'web' ? reply : undefined);
      return reply.code(201).send(await service.start(who, request.body));
    },
  );

  app.get<{ Params: SessionParams; Querystring: LanguageQuery }>(
    '/sessions/:sessionId',
    { schema: { params, querystring: ref('cauce-api-language-query'), response: viewReplies } },
    async (request) => service.view(viewer(request), request.params.sessionId, request.query.language),
  );

  app.post<OnSession<SubmitBody>>(
    '/sessions/:sessionId/submit',
    { schema: { params, body: ref('cauce-api-submit'), response: viewReplies } },
    async (request) => service.submit(viewer(request), request.params.sessionId, request.body),
  );

  app.post<OnSession<BackBody>>(
    '/sessions/:sessionId/back',
    { schema: { params, body: ref('cauce-api-back'), response: viewReplies } },
    async (request) => service.back(viewer(request), request.params.sessionId, request.body),
  );

  app.post<OnSession<IdentifyBody>>(
    '/sessions/:sessionId/identify',
    { schema: { params, body: ref('cauce-api-identify'), response: viewReplies } },
    async (request) => service.identify(viewer(request), request.params.sessionId, request.body),
  );

  app.post<OnSession<HelpBody | undefined>>(
    '/sessions/:sessionId/help',
    { schema: { params, body: ref('cauce-api-help'), response: viewReplies } },
    async (request) => service.help(viewer(request), request.params.sessionId, request.body?.note),
  );

  app.post<OnSession<EscalateBody>>(
    '/sessions/:sessionId/escalate',
    { schema: { params, body: ref('cauce-api-escalate'), response: viewReplies } },
    async (request) => service.escalate(viewer(request), request.params.sessionId, request.body.note),
  );

  app.post<OnSession<CloseBody>>(
    '/sessions/:sessionId/close',
    { schema: { params, body: ref('cauce-api-close'), response: viewReplies } },
    async (request) => service.close(viewer(request), request.params.sessionId, request.body),
  );

  app.post<OnSession<NoteBody>>(
    '/sessions/:sessionId/notes',
    { schema: { params, body: ref('cauce-api-note'), response: viewReplies } },
    async (request) => service.addNote(viewer(request), request.params.sessionId, request.body.text),
  );
}
