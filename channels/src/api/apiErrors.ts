import type { FastifyError, FastifyInstance } from 'fastify';
import { asCauceError, CauceError, Errors } from '@cauce/engine';

/**
 * The error mapper of /api: every failure leaves as `{ type, code, message }` with a registered code (ERRORS.md,
 * docs/errors.md) — CauceErrors and the interpreter's faults by `asCauceError`, schema violations as CAUCE_ERR_BODY_INVALID, oversized bodies and
 * other media types as 413 and 415, unknown routes as CAUCE_ERR_ROUTE_NOT_FOUND, anything else as a 500 that says
 * nothing of its cause (logged; a corporate system's 502 is expected and not logged as internal).
 * @internal
 */
export function useApiErrors(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const mapped = toCauceError(error);
    if (mapped.statusCode >= 500 && !(error instanceof CauceError && error.statusCode === 502))
      request.log.error({ err: error }, 'api: internal error');
    return reply.code(mapped.statusCode).send({ type: mapped.type, code: mapped.code, message: mapped.message });
  });
  app.setNotFoundHandler((request, reply) => {
    const e = Errors.routeNotFound(`${request.method} ${request.url.split('?')[0]}`);
    return reply.code(404).send({ type: e.type, code: e.code, message: e.message });
  });
}

// helpers
function toCauceError(error: FastifyError): CauceError {
  const known = asCauceError(error);
  if (known) return known;
  if (error.validation) return Errors.bodyInvalid(error.message);
  if (error.statusCode === 413) return Errors.bodyTooLarge('the limit');
  if (error.statusCode === 415) return Errors.unsupportedMediaType('(not JSON)');
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) return Errors.bodyInvalid(error.message);
  return Errors.internal('see the server log', undefined);
}
