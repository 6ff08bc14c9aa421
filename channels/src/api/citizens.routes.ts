import type { FastifyInstance } from 'fastify';
import type { CitizenParams } from './generated/types';
import { ref, replies } from './schemas';

/** A citizen's folder of service requests (`GET /citizens/:citizenId/requests`): staff, or the citizen themself. @internal */
export async function citizenRoutes(app: FastifyInstance): Promise<void> {
  const { service, viewer } = app.channelsApi;
  app.get<{ Params: CitizenParams }>(
    '/citizens/:citizenId/requests',
    {
      schema: { params: ref('cauce-api-citizen-params'), response: replies({ 200: ref('cauce-api-citizen-folder') }) },
    },
    async (request) => service.citizenFolder(viewer(request), request.params.citizenId),
  );
}
