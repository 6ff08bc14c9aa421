import type { FastifyInstance } from 'fastify';
import type { QueueParams } from './generated/types';
import { ref, replies } from './schemas';

/** The sessions handed off to agents, by level (`GET /queues/:level`): agent-l1 reads 1, agent-l2 and supervisors 1 and 2. @internal */
export async function queueRoutes(app: FastifyInstance): Promise<void> {
  const { service, viewer } = app.channelsApi;
  app.get<{ Params: QueueParams }>(
    '/queues/:level',
    { schema: { params: ref('cauce-api-queue-params'), response: replies({ 200: ref('cauce-api-queue') }) } },
    async (request) => service.queue(viewer(request), request.params.level),
  );
}
