import swagger from '@fastify/swagger';
import type { FastifyInstance } from 'fastify';
import { deploymentRoutes } from './deployment.routes';
import { CAMUNDA_REST_VERSION, engineRoutes } from './engine.routes';
import { useCachedSerializers } from './cachedSerializers';
import { useErrorReplies } from './errorReplies';
import { externalTaskRoutes } from './external-task.routes';
import { historyRoutes } from './history.routes';
import { incidentRoutes } from './incident.routes';
import { useJsonBodies } from './jsonBody';
import { messageRoutes } from './message.routes';
import { processDefinitionRoutes } from './process-definition.routes';
import { processInstanceRoutes } from './process-instance.routes';
import { requireRouteSchemas } from '../requireRouteSchemas';
import { exactJsonContentType, tagByArea } from './routeRules';
import { engineRestSchemas } from './schemas';
import { taskRoutes } from './task.routes';

/**
 * The Camunda 7 compatible REST surface, registered by buildApp under `/engine-rest` as its own encapsulation
 * context: its own body parser (JSON only, multipart only for deployments), error mapper, 404 handler, exact
 * `application/json` content type, schemas and OpenAPI document (`GET /engine-rest/openapi.json`). One plugin per
 * area (`<area>.routes.ts`). Needs the `cauce-core` decorators (`engine`, `db`, `externalTaskWakeups`).
 * @public
 */
export async function engineRest(app: FastifyInstance): Promise<void> {
  useJsonBodies(app);
  useErrorReplies(app);
  app.addHook('onRoute', requireRouteSchemas);
  app.addHook('onRoute', tagByArea);
  app.addHook('onSend', exactJsonContentType);
  for (const schema of engineRestSchemas) app.addSchema(schema);
  useCachedSerializers(app);
  await app.register(swagger, {
    openapi: {
      info: {
        title: 'Cauce engine REST (Camunda 7 compatible)',
        version: CAMUNDA_REST_VERSION,
        description:
          'The Camunda 7 REST subset Cauce implements; differences in docs/api.md, error codes in docs/errors.md.',
      },
    },
    refResolver: {
      buildLocalReference: (json, _baseUri, _fragment, i) => (typeof json.$id === 'string' ? json.$id : `def-${i}`),
    },
  });
  await app.register(engineRoutes);
  await app.register(deploymentRoutes);
  await app.register(processDefinitionRoutes);
  await app.register(processInstanceRoutes);
  await app.register(taskRoutes);
  await app.register(externalTaskRoutes);
  await app.register(messageRoutes);
  await app.register(incidentRoutes);
  await app.register(historyRoutes);
  app.get(
    '/openapi.json',
    {
      schema: { summary: 'This OpenAPI 3 document', response: { 200: { type: 'object', additionalProperties: true } } },
    },
    async () => app.swagger(),
  );
}
