import type { FastifyInstance } from 'fastify';
import { ref, replies } from './replies';

/** The Camunda REST API version whose field names and status codes this surface follows. */
export const CAMUNDA_REST_VERSION = '7.22.0';

/** GET /engine and GET /version: what Camunda tools ask first to see whether they talk to an engine. @internal */
export async function engineRoutes(app: FastifyInstance): Promise<void> {
  app.get(
    '/engine',
    {
      schema: { summary: 'The process engines (one, named "default")', response: replies({ 200: ref('EngineList') }) },
    },
    async () => [{ name: 'default' }],
  );
  app.get(
    '/version',
    { schema: { summary: 'The Camunda REST API version implemented', response: replies({ 200: ref('Version') }) } },
    async () => ({ version: CAMUNDA_REST_VERSION }),
  );
}
