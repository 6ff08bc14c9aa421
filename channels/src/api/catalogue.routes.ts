import type { FastifyInstance } from 'fastify';
import type { CatalogueQuery } from './generated/types';
import { ref, replies } from './schemas';

/** The procedures a viewer may start (`GET /catalogue?q=&language=`). @internal */
export async function catalogueRoutes(app: FastifyInstance): Promise<void> {
  const { service, viewer } = app.channelsApi;
  app.get<{ Querystring: CatalogueQuery }>(
    '/catalogue',
    {
      schema: {
        querystring: ref('cauce-api-catalogue-query'),
        response: replies({ 200: ref('cauce-api-catalogue') }),
      },
    },
    async (request) =>
      service.catalogue(viewer(request), { q: request.query.q, language: request.query.language ?? 'es' }),
  );
}
