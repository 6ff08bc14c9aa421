import type { FastifyError, FastifyInstance, FastifyRequest } from 'fastify';
import { asCauceError, CauceError, Errors } from '@cauce/engine';
import { DesignerErrors } from '../errors';
import { localizedMessage, requestLanguage } from '../localizedMessage';
import { ZIP_LIMITS } from '../zip/zipLimits';

/**
 * The error mapper of /api/designer: every failure leaves as `{ type, code, message }` with a registered code
 * (docs/errors.md), the message in the caller's language (Accept-Language), plus `rev`, `updatedBy`, `updatedAt`
 * on a draft conflict and `findings` on a refused publish. Schema violations are CAUCE_ERR_BODY_INVALID; an upload
 * over 20 MB or not sent as a zip is CAUCE_ERR_UPLOAD_TOO_LARGE / _INVALID; anything unexpected a 500 that says
 * nothing of its cause (logged).
 * @internal
 */
export function useDesignerErrors(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const mapped = toCauceError(error, request);
    if (mapped.statusCode >= 500) request.log.error({ err: error }, 'designer api: internal error');
    const details = mapped.details && typeof mapped.details === 'object' ? mapped.details : {};
    return reply.code(mapped.statusCode).send({
      type: mapped.type,
      code: mapped.code,
      message: localizedMessage(mapped, requestLanguage(request.headers['accept-language'])),
      ...details,
    });
  });
  app.setNotFoundHandler((request, reply) => {
    const e = Errors.routeNotFound(`${request.method} ${request.url.split('?')[0]}`);
    const message = localizedMessage(e, requestLanguage(request.headers['accept-language']));
    return reply.code(404).send({ type: e.type, code: e.code, message });
  });
}

// helpers
function toCauceError(error: FastifyError, request: FastifyRequest): CauceError {
  const known = asCauceError(error);
  if (known) return known;
  const upload = request.url.split('?')[0].endsWith('/procedures/import');
  if (upload && error.statusCode === 413)
    return DesignerErrors.uploadTooLarge(`more than ${ZIP_LIMITS.uploadBytes / 1024 / 1024} MB uploaded`);
  if (upload && error.statusCode === 415) return DesignerErrors.uploadInvalid('send the file as application/zip');
  if (error.validation) return Errors.bodyInvalid(error.message);
  if (error.statusCode === 413) return Errors.bodyTooLarge('the limit');
  if (error.statusCode === 415) return Errors.unsupportedMediaType('(not JSON)');
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) return Errors.bodyInvalid(error.message);
  return Errors.internal('see the server log', undefined);
}
