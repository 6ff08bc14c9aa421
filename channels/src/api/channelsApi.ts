// fastify is a dependency of @cauce/engine, not yet of this package: its types are reached through the engine's
// install until `fastify` is added to channels/package.json (type-only: nothing of it is bundled here).
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from '../../../engine/node_modules/fastify';
import { CauceError, Errors, type Db, type Engine } from '@cauce/engine';
import { LANGUAGES } from '@cauce/schemas';
import type { Language, SessionService, Viewer } from '../contract';
import { createSessionService, type SessionServiceOptions } from '../session/createSessionService';
import { attemptLimiters, tooManyAttempts, type AttemptLimitsOptions } from './attemptLimits';
import { DemoAuth } from './demoAuth';
import { apiSchemas, ref, sharedSchemas } from './schemas';

/** Options of {@link channelsApi}. @public */
export interface ChannelsApiOptions {
  /** the session service; built from the app's `db` and `engine` decorators (cauce-core) when omitted */
  service?: SessionService;
  /** options for that service (simulatorsUrl, settleMs…) */
  serviceOptions?: Omit<SessionServiceOptions, 'db' | 'engine'>;
  auth?: DemoAuth;
  /** failed sign-ins and unknown references allowed per client (DEFAULT_ATTEMPT_LIMITS when omitted) */
  attemptLimits?: AttemptLimitsOptions;
}

const errors = {
  400: ref('cauce-api-error'),
  401: ref('cauce-api-error'),
  403: ref('cauce-api-error'),
  404: ref('cauce-api-error'),
  409: ref('cauce-api-error'),
  423: ref('cauce-api-error'),
  429: ref('cauce-api-error'),
  502: ref('cauce-api-error'),
};
const view = { 200: ref('cauce-api-step-view'), ...errors };
const sessionParams = {
  type: 'object',
  required: ['sessionId'],
  properties: { sessionId: { type: 'string', maxLength: 64 } },
};
const languageQuery = {
  type: 'object',
  additionalProperties: false,
  properties: { language: { type: 'string', enum: LANGUAGES } },
};

/**
 * Cauce's own API for the channels, registered under `/api` (`buildApp({ plugins: [{ plugin: channelsApi, prefix:
 * '/api' }] })`). Routes map 1:1 onto SessionService; every route declares its schemas, 4xx included. The viewer
 * comes from a bearer token or cookie ({@link DemoAuth}); a reason for reading a protected person from the
 * `X-Cauce-Reason` header (percent-encoded UTF-8). Failed sign-ins and look-ups of unknown references are limited
 * per client address (CAUCE_ERR_TOO_MANY_ATTEMPTS, 429, `Retry-After`; see attemptLimits.ts). A citizen without a token gets one when they start or resume
 * (header `Cauce-Citizen-Token` and cookie `cauce_citizen`). Errors are `{ type, code, message }` (ERRORS.md).
 * @public
 */
export async function channelsApi(app: FastifyInstance, opts: ChannelsApiOptions = {}): Promise<void> {
  const decorated = app as FastifyInstance & { db?: Db; engine?: Engine };
  const service =
    opts.service ??
    createSessionService({ db: decorated.db!, engine: decorated.engine!, ...(opts.serviceOptions ?? {}) });
  const auth = opts.auth ?? new DemoAuth();
  const limits = attemptLimiters(opts.attemptLimits);
  for (const schema of [...sharedSchemas, ...apiSchemas]) app.addSchema(schema);
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

  const viewer = (request: FastifyRequest, orNewCitizen?: FastifyReply): Viewer => {
    const cookies = parseCookies(request.headers.cookie);
    const bearer = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '')?.[1];
    let found = auth.viewer(bearer) ?? auth.viewer(cookies.cauce_auth) ?? auth.viewer(cookies.cauce_citizen);
    if (!found && orNewCitizen) {
      const fresh = auth.newCitizen();
      orNewCitizen.header('cauce-citizen-token', fresh.token);
      orNewCitizen.header(
        'set-cookie',
        `cauce_citizen=${fresh.token}; Path=/; HttpOnly; SameSite=Strict; Max-Age=2592000`,
      );
      found = fresh.viewer;
    }
    if (!found) throw Errors.unauthorized();
    const reason = request.headers['x-cauce-reason'];
    if (typeof reason === 'string' && reason.trim()) found.reason = safeDecode(reason).slice(0, 500);
    return found;
  };

  app.post(
    '/auth/login',
    { schema: { body: ref('cauce-api-login'), response: { 200: ref('cauce-api-session-user'), ...errors } } },
    async (request, reply) => {
      const { user, password } = request.body as { user: string; password: string };
      // Only failures count, per user from this address and per address; a right password clears the first.
      const userFromAddress = `${String(user).toLowerCase()}\u0000${request.ip}`;
      const wait = Math.max(
        limits.signIn.retryAfterSeconds(userFromAddress),
        limits.signInFromAddress.retryAfterSeconds(request.ip),
      );
      if (wait) throw tooManyAttempts(reply, wait);
      let session: ReturnType<DemoAuth['login']>;
      try {
        session = auth.login(user, password);
      } catch (error) {
        if ((error as { code?: string }).code === 'CAUCE_ERR_LOGIN_FAILED') {
          limits.signIn.failed(userFromAddress);
          limits.signInFromAddress.failed(request.ip);
        }
        throw error;
      }
      limits.signIn.succeeded(userFromAddress);
      reply.header('set-cookie', `cauce_auth=${session.token}; Path=/; HttpOnly; SameSite=Strict; Max-Age=28800`);
      return session;
    },
  );

  app.get(
    '/catalogue',
    {
      schema: {
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: { q: { type: 'string', maxLength: 100 }, language: languageQuery.properties.language },
        },
        response: { 200: ref('cauce-api-catalogue'), ...errors },
      },
    },
    async (request) => {
      const q = request.query as { q?: string; language?: Language };
      return service.catalogue(viewer(request), { q: q.q, language: q.language ?? 'es' });
    },
  );

  app.post(
    '/sessions',
    { schema: { body: ref('cauce-api-start'), response: { 201: ref('cauce-api-step-view'), ...errors } } },
    async (request, reply) => {
      const body = request.body as Parameters<SessionService['start']>[1];
      const started = await service.start(viewer(request, body.channel === 'web' ? reply : undefined), body);
      return reply.code(201).send(started);
    },
  );

  app.get(
    '/sessions/:sessionId',
    { schema: { params: sessionParams, querystring: languageQuery, response: view } },
    async (request) => {
      const { sessionId } = request.params as { sessionId: string };
      return service.view(viewer(request), sessionId, (request.query as { language?: Language }).language);
    },
  );

  app.post(
    '/sessions/:sessionId/submit',
    { schema: { params: sessionParams, body: ref('cauce-api-submit'), response: view } },
    async (request) => {
      return service.submit(
        viewer(request),
        (request.params as { sessionId: string }).sessionId,
        request.body as Parameters<SessionService['submit']>[2],
      );
    },
  );

  app.post(
    '/sessions/:sessionId/back',
    {
      schema: {
        params: sessionParams,
        body: {
          type: 'object',
          additionalProperties: false,
          required: ['toStep'],
          properties: { toStep: { type: 'string', maxLength: 255 } },
        },
        response: view,
      },
    },
    async (request) =>
      service.back(
        viewer(request),
        (request.params as { sessionId: string }).sessionId,
        request.body as { toStep: string },
      ),
  );

  app.post(
    '/sessions/:sessionId/identify',
    { schema: { params: sessionParams, body: ref('cauce-api-identify'), response: view } },
    async (request) => {
      return service.identify(
        viewer(request),
        (request.params as { sessionId: string }).sessionId,
        request.body as Parameters<SessionService['identify']>[2],
      );
    },
  );

  const noteBody = (required: boolean) => ({
    type: 'object',
    additionalProperties: false,
    ...(required ? { required: ['note'] } : {}),
    properties: { note: { type: 'string', maxLength: 2000 } },
  });
  app.post(
    '/sessions/:sessionId/help',
    { schema: { params: sessionParams, body: noteBody(false), response: view } },
    async (request) => {
      return service.help(
        viewer(request),
        (request.params as { sessionId: string }).sessionId,
        (request.body as { note?: string } | undefined)?.note,
      );
    },
  );
  app.post(
    '/sessions/:sessionId/escalate',
    { schema: { params: sessionParams, body: noteBody(true), response: view } },
    async (request) => {
      return service.escalate(
        viewer(request),
        (request.params as { sessionId: string }).sessionId,
        (request.body as { note: string }).note,
      );
    },
  );
  app.post(
    '/sessions/:sessionId/close',
    {
      schema: {
        params: sessionParams,
        body: {
          type: 'object',
          additionalProperties: false,
          required: ['outcome'],
          properties: {
            outcome: { type: 'string', minLength: 1, maxLength: 200 },
            note: { type: 'string', maxLength: 2000 },
          },
        },
        response: view,
      },
    },
    async (request) =>
      service.close(
        viewer(request),
        (request.params as { sessionId: string }).sessionId,
        request.body as { outcome: string; note?: string },
      ),
  );

  // The note's length is the service's rule (CAUCE_ERR_NOTE_INVALID, in process and over HTTP alike), not the schema's.
  app.post(
    '/sessions/:sessionId/notes',
    {
      schema: {
        params: sessionParams,
        body: {
          type: 'object',
          additionalProperties: false,
          required: ['text'],
          properties: { text: { type: 'string' } },
        },
        response: view,
      },
    },
    async (request) =>
      service.addNote(
        viewer(request),
        (request.params as { sessionId: string }).sessionId,
        (request.body as { text: string }).text,
      ),
  );

  app.post(
    '/resume',
    {
      schema: {
        body: {
          type: 'object',
          additionalProperties: false,
          required: ['reference'],
          properties: { reference: { type: 'string', maxLength: 32 } },
        },
        response: view,
      },
    },
    async (request, reply) =>
      byReference(request, reply, () =>
        service.resume(viewer(request, reply), (request.body as { reference: string }).reference),
      ),
  );

  app.get(
    '/requests/:reference/status',
    {
      schema: {
        params: {
          type: 'object',
          required: ['reference'],
          properties: { reference: { type: 'string', maxLength: 32 } },
        },
        querystring: languageQuery,
        response: { 200: ref('cauce-api-request-status'), ...errors },
      },
    },
    async (request, reply) => {
      const { reference } = request.params as { reference: string };
      return byReference(request, reply, () =>
        service.requestStatus(
          viewer(request, reply),
          reference,
          (request.query as { language?: Language }).language ?? 'es',
        ),
      );
    },
  );

  /** A look-up by reference code, refused once this address has tried too many codes that name no request. */
  async function byReference<T>(request: FastifyRequest, reply: FastifyReply, lookUp: () => Promise<T>): Promise<T> {
    const wait = limits.unknownReferences.retryAfterSeconds(request.ip);
    if (wait) throw tooManyAttempts(reply, wait);
    try {
      return await lookUp();
    } catch (error) {
      if ((error as { code?: string }).code === 'CAUCE_ERR_REQUEST_NOT_FOUND')
        limits.unknownReferences.failed(request.ip);
      throw error;
    }
  }

  app.get(
    '/citizens/:citizenId/requests',
    {
      schema: {
        params: {
          type: 'object',
          required: ['citizenId'],
          properties: { citizenId: { type: 'string', maxLength: 16 } },
        },
        response: { 200: ref('cauce-api-citizen-folder'), ...errors },
      },
    },
    async (request) => service.citizenFolder(viewer(request), (request.params as { citizenId: string }).citizenId),
  );

  app.get(
    '/queues/:level',
    {
      schema: {
        params: { type: 'object', required: ['level'], properties: { level: { type: 'integer', enum: [1, 2] } } },
        response: { 200: ref('cauce-api-queue'), ...errors },
      },
    },
    async (request) => service.queue(viewer(request), (request.params as { level: 1 | 2 }).level),
  );
}

// helpers
function toCauceError(error: FastifyError): CauceError {
  if (error instanceof CauceError) return error;
  if (error.validation) return Errors.bodyInvalid(error.message);
  if (error.statusCode === 413) return Errors.bodyTooLarge('the limit');
  if (error.statusCode === 415) return Errors.unsupportedMediaType('(not JSON)');
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) return Errors.bodyInvalid(error.message);
  return Errors.internal('see the server log', undefined);
}

function parseCookies(header: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of (header ?? '').split(';')) {
    const i = part.indexOf('=');
    if (i > 0) out[part.slice(0, i).trim()] = part.slice(i + 1).trim();
  }
  return out;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
