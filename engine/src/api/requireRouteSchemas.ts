import type { RouteOptions } from 'fastify';

/**
 * Schema-first, enforced: a route without a response schema, without a 2xx response, or taking input (params,
 * query, body) without a 4xx response fails at registration, so the app does not boot. Response schemas also keep
 * rows from leaking fields nobody chose to publish. Every HTTP area adds it as an `onRoute` hook: /engine-rest
 * (engineRest.test.ts proves it) and the channels' /api.
 * @public
 */
export function requireRouteSchemas(route: RouteOptions): void {
  const where = `${String(route.method)} ${route.url}`;
  const schema = (route.schema ?? {}) as Record<string, unknown>;
  const response = schema.response as Record<string, unknown> | undefined;
  if (!response) throw new Error(`route ${where} has no response schema`);
  const statuses = Object.keys(response);
  if (!statuses.some((s) => /^2/.test(s))) throw new Error(`route ${where} declares no 2xx response`);
  const takesInput = Boolean(schema.params || schema.querystring || schema.body) || route.url.includes('/:');
  if (takesInput && !statuses.some((s) => /^4/.test(s)))
    throw new Error(`route ${where} takes input but declares no 4xx response`);
}
