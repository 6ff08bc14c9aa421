import cookie from '@fastify/cookie';
import type { FastifyInstance } from 'fastify';
import { requireRouteSchemas } from '@cauce/engine';
import { apiContext, type ChannelsApiOptions } from './apiContext';
import { useApiErrors } from './apiErrors';
import { authRoutes } from './auth.routes';
import { catalogueRoutes } from './catalogue.routes';
import { citizenRoutes } from './citizens.routes';
import { queueRoutes } from './queues.routes';
import { requestRoutes } from './requests.routes';
import { apiSchemas, sharedSchemas } from './schemas';
import { sessionRoutes } from './sessions.routes';

export type { ChannelsApiOptions };

/**
 * Cauce's own API for the channels, registered under `/api` (`buildApp({ plugins: [{ plugin: channelsApi, prefix:
 * '/api' }] })`) as its own encapsulation context, in the style of /engine-rest: one plugin per area
 * (`<area>.routes.ts`), every route schema-first with a response schema and its 4xx (`requireRouteSchemas` refuses
 * a route without them at registration), bodies typed by the types generated from those schemas, cookies read and
 * set by `@fastify/cookie`, and the cross-cutting `channelsApi` decorator (apiContext.ts) declared as a plugin
 * with its dependencies. Routes map 1:1 onto SessionService. The viewer comes from a bearer token or cookie
 * (DemoAuth); failed sign-ins and look-ups of unknown references are limited per client address
 * (CAUCE_ERR_TOO_MANY_ATTEMPTS, 429, `Retry-After`). Errors are `{ type, code, message }` (ERRORS.md).
 * @public
 */
export async function channelsApi(app: FastifyInstance, opts: ChannelsApiOptions = {}): Promise<void> {
  for (const schema of [...sharedSchemas, ...apiSchemas]) app.addSchema(schema);
  app.addHook('onRoute', requireRouteSchemas);
  useApiErrors(app);
  await app.register(cookie);
  await app.register(apiContext, opts);
  await app.register(authRoutes);
  await app.register(catalogueRoutes);
  await app.register(sessionRoutes);
  await app.register(requestRoutes);
  await app.register(citizenRoutes);
  await app.register(queueRoutes);
}
