import type { FastifyInstance } from 'fastify';
import type { LanguageQuery, ReferenceParams, ResumeBody } from './generated/types';
import { ref, replies, viewReplies } from './schemas';

/**
 * A service request by its reference: resume it (`POST /resume`: staff take it over, a citizen continues) and read
 * its status (`GET /requests/:reference/status`). Both count references that name no request against the
 * caller's address. A caller without credentials becomes a citizen.
 * @internal
 */
export async function requestRoutes(app: FastifyInstance): Promise<void> {
  const { service, viewer, byReference } = app.channelsApi;

  app.post<{ Body: ResumeBody }>(
    '/resume',
    { schema: { body: ref('cauce-api-resume'), response: viewReplies } },
    async (request, reply) =>
      byReference(request, reply, () => service.resume(viewer(request, reply), request.body.reference)),
  );

  app.get<{ Params: ReferenceParams; Querystring: LanguageQuery }>(
    '/requests/:reference/status',
    {
      schema: {
        params: ref('cauce-api-reference-params'),
        querystring: ref('cauce-api-language-query'),
        response: replies({ 200: ref('cauce-api-request-status') }),
      },
    },
    async (request, reply) =>
      byReference(request, reply, () =>
        service.requestStatus(viewer(request, reply), request.params.reference, request.query.language ?? 'es'),
      ),
  );
}
