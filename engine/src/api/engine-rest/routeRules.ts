import type { FastifyReply, FastifyRequest, RouteOptions } from 'fastify';

/**
 * Each /engine-rest route gets its area as OpenAPI tag (`task`, `history/process-instance`…), unless it names one.
 * @internal
 */
export function tagByArea(route: RouteOptions): void {
  const schema = (route.schema ??= {}) as Record<string, unknown>;
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
