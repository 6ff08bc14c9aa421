import { randomUUID } from 'node:crypto';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { asCauceError } from '../../asCauceError';
import type { CauceError } from '../../errors';
import { Errors } from '../../errorCodes';

/** fastify and @fastify/multipart codes for a body over a limit. */
const TOO_LARGE = new Set([
  'FST_ERR_CTP_BODY_TOO_LARGE',
  'FST_REQ_FILE_TOO_LARGE',
  'FST_PARTS_LIMIT',
  'FST_FILES_LIMIT',
  'FST_FIELDS_LIMIT',
]);
const MEDIA_TYPE = new Set(['FST_ERR_CTP_INVALID_MEDIA_TYPE', 'FST_INVALID_MULTIPART_CONTENT_TYPE']);

/**
 * The error mapper of /engine-rest: every failure leaves as `{type, message, code}` with a registry code
 * (docs/errors.md) — CauceErrors as they are, the interpreter's faults by `asCauceError`, schema violations and malformed bodies as 400, bodies over the
 * limit as 413, other media types as 415, unknown routes as 404, and anything unexpected as a 500 that carries
 * only a reference id (the error and its stack go to the log under that id, never to the caller).
 * @internal
 */
export function useErrorReplies(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const mapped = toCauceError(error, request);
    if (mapped.statusCode >= 500)
      request.log.error({ err: error, reference: mapped.details }, `engine-rest: ${mapped.message}`);
    else request.log.info({ code: mapped.code }, mapped.message);
    return sendError(reply, mapped);
  });
  app.setNotFoundHandler((request, reply) =>
    sendError(reply, Errors.routeNotFound(`${request.method} ${request.url.split('?')[0]}`)),
  );
}

/** The JSON body of an error: the registry's type and code, the filled message, and details for a refused deployment. */
export function errorBody(error: CauceError): { type: string; message: string; code: string; details?: unknown } {
  const body: { type: string; message: string; code: string; details?: unknown } = {
    type: error.type,
    message: error.message,
    code: error.code,
  };
  if (error.statusCode < 500 && error.details !== undefined) body.details = error.details;
  return body;
}

// helpers
function sendError(reply: FastifyReply, error: CauceError): FastifyReply {
  return reply.code(error.statusCode).send(errorBody(error));
}

function toCauceError(error: FastifyError, request: FastifyRequest): CauceError {
  const known = asCauceError(error);
  if (known) return known.statusCode >= 500 ? internal() : known;
  if (error.validation) return Errors.bodyInvalid(error.message);
  if (error.code && TOO_LARGE.has(error.code))
    return Errors.bodyTooLarge(request.routeOptions.bodyLimit ?? 'the limit');
  if (error.code && MEDIA_TYPE.has(error.code))
    return Errors.unsupportedMediaType(request.headers['content-type'] ?? '(none)');
  if (error.statusCode === 413) return Errors.bodyTooLarge(request.routeOptions.bodyLimit ?? 'the limit');
  if (error.statusCode === 415) return Errors.unsupportedMediaType(request.headers['content-type'] ?? '(none)');
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) return Errors.bodyInvalid(error.message);
  return internal();
}

/** A 500 that says nothing about the cause; `details` holds the reference for the log line only (errorBody drops it). */
function internal(): CauceError {
  const reference = randomUUID();
  return Errors.internal(reference, reference);
}
