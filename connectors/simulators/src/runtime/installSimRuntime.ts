import type { FastifyError, FastifyInstance } from 'fastify';
import { SimError, badRequest, bodyTooLarge, internal, routeNotFound, unsupportedMediaType } from '../errors';
import { simErrorSchema } from './commonSchemas';
import { installFaultInjection } from './installFaultInjection';
import { installIdempotency } from './installIdempotency';
import type { ResolvedFaultOptions } from './resolveFaultOptions';
import type { SimServiceName } from './SimServiceName';

/**
 * What every simulator context gets, whether mounted alone or with the others:
 * the shared error schema, `{code, message}` errors for every failure
 * (including validation and unknown routes under its prefix), fault injection
 * and Idempotency-Key handling. Called first thing inside each simulator plugin
 * so it applies to that plugin's routes only (fastify encapsulation).
 * @internal
 */
export function installSimRuntime(app: FastifyInstance, service: SimServiceName, faults: ResolvedFaultOptions): void {
  if (app.getSchema(simErrorSchema.$id) === undefined) app.addSchema(simErrorSchema);
  app.setErrorHandler((error, request, reply) => {
    const simError = toSimError(error as FastifyError, service, request.headers['content-type']);
    if (simError.statusCode >= 500) request.log.error({ err: error }, 'simulator %s failed', service);
    return reply.code(simError.statusCode).send({ code: simError.code, message: simError.message });
  });
  app.setNotFoundHandler((request, reply) => {
    const error = routeNotFound(request.method, request.url);
    return reply.code(404).send({ code: error.code, message: error.message });
  });
  installFaultInjection(app, service, faults);
  installIdempotency(app);
}

/** Maps anything thrown in a simulator to a registered {@link SimError}. @internal */
export function toSimError(error: FastifyError, service: string, contentType?: string): SimError {
  if (error instanceof SimError) return error;
  if (error.validation) return badRequest(error.message);
  if (error.statusCode === 413) return bodyTooLarge();
  if (error.statusCode === 415) return unsupportedMediaType(contentType ?? '');
  if (error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500)
    return badRequest(error.message);
  return internal(service);
}
