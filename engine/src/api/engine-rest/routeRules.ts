import type { FastifyReply, FastifyRequest, RouteOptions } from 'fastify';

/**
 * Schema-first, enforced: a /engine-rest route without a response schema, without a 2xx response, or taking
 * input (params, query, body) without a 4xx response fails at registration, so the app does not boot
 * (engineRest.test.ts proves it). Response schemas also keep rows from leaking fields nobody chose to publish.
 * Each route gets its area as OpenAPI tag.
 * @internal
 */
export function requireRouteSchemas(route: RouteOptions): void {
  const where = `${String(route.method)} ${route.url}`;
  const schema = (route.schema ??= {}) as Record<string, unknown>;
  const response = schema.response as Record<string, unknown> | undefined;
  if (!response) throw new Error(`engine-rest route ${where} has no response schema`);
  const statuses = Object.keys(response);
  if (!statuses.some((s) => /^2/.test(s))) throw new Error(`engine-rest route ${where} declares no 2xx response`);
  const takesInput = Boolean(schema.params || schema.querystring || schema.body) || route.url.includes('/:');
  if (takesInput && !statuses.some((s) => /^4/.test(s)))
    throw new Error(`engine-rest route ${where} takes input but declares no 4xx response`);
  schema.tags ??= [tagOf(route.url)];
}

/**
 * Every response body of /engine-rest is JSON with `Content-Type: application/json` exactly: fastify's default
 * adds `; charset=utf-8`, and camunda-external-task-client-js 3.x parses a body only when the header equals
 * `application/json` (its `EngineService`), so with the default it silently ignores every fetched task.
 */
export async function exactJsonContentType(
  _request: FastifyRequest,
  reply: FastifyReply,
  payload: unknown,
): Promise<unknown> {
  if (reply.statusCode !== 204 && payload !== undefined && payload !== null)
    reply.header('content-type', 'application/json');
  return payload;
}

// helpers
function tagOf(url: string): string {
  const parts = url.replace(/^\/engine-rest\/?/, '').split('/');
  return parts[0] === 'history' ? `history/${parts[1] ?? ''}` : parts[0] || 'engine';
}
