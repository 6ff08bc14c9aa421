import fp from 'fastify-plugin';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CauceError, Errors } from '@cauce/engine';
import type { SessionService, Viewer } from '../contract';
import { createSessionService, type SessionServiceOptions } from '../session/createSessionService';
import type { AttemptLimiter } from './AttemptLimiter';
import { attemptLimiters, tooManyAttempts, type AttemptLimits, type AttemptLimitsOptions } from './attemptLimits';
import { DemoAuth } from './demoAuth';

declare module 'fastify' {
  interface FastifyInstance {
    /** What every /api route works with: the session service, who is asking, the attempt limits. */
    channelsApi: ChannelsApiContext;
  }
}

/** The /api decorator. @internal */
export interface ChannelsApiContext {
  service: SessionService;
  auth: DemoAuth;
  limits: Record<keyof AttemptLimits, AttemptLimiter>;
  /**
   * The viewer of a request: a bearer token, else the `cauce_auth` or `cauce_citizen` cookie; with `orNewCitizen`, a
   * caller without one becomes a new citizen (header `Cauce-Citizen-Token` and cookie); else CAUCE_ERR_UNAUTHORIZED.
   * A reason for reading a protected person comes from `X-Cauce-Reason` (percent-encoded UTF-8).
   */
  viewer(request: FastifyRequest, orNewCitizen?: FastifyReply): Viewer;
  /** A look-up by reference code, refused once this address has tried too many codes that name no request. */
  byReference<T>(request: FastifyRequest, reply: FastifyReply, lookUp: () => Promise<T>): Promise<T>;
}

/** Options of channelsApi (`/api`), which its `channelsApi` decorator takes. @public */
export interface ChannelsApiOptions {
  /** the session service; built from the app's `db` and `engine` decorators (cauce-core) when omitted */
  service?: SessionService;
  /** options for that service (simulatorsUrl, settleMs…) */
  serviceOptions?: Omit<SessionServiceOptions, 'db' | 'engine'>;
  auth?: DemoAuth;
  /** failed sign-ins and unknown references allowed per client (DEFAULT_ATTEMPT_LIMITS when omitted) */
  attemptLimits?: AttemptLimitsOptions;
}

const CITIZEN_COOKIE_SECONDS = 30 * 24 * 3600;

/**
 * Decorates the /api context with `channelsApi` ({@link ChannelsApiContext}). Its session service is built from the
 * `db` and `engine` decorators of `cauce-core` when none is given; cookies come from `@fastify/cookie`.
 * @internal
 */
export const apiContext = fp<ChannelsApiOptions>(
  async (app, opts) => {
    const service = opts.service ?? createSessionService({ db: app.db, engine: app.engine, ...opts.serviceOptions });
    const auth = opts.auth ?? new DemoAuth();
    const limits = attemptLimiters(opts.attemptLimits);
    app.decorate('channelsApi', {
      service,
      auth,
      limits,
      viewer(request, orNewCitizen) {
        const bearer = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '')?.[1];
        const { cauce_auth: staff, cauce_citizen: citizen } = request.cookies;
        let found = auth.viewer(bearer) ?? auth.viewer(staff) ?? auth.viewer(citizen);
        if (!found && orNewCitizen) {
          const fresh = auth.newCitizen();
          orNewCitizen.header('cauce-citizen-token', fresh.token);
          orNewCitizen.setCookie('cauce_citizen', fresh.token, {
            path: '/',
            httpOnly: true,
            sameSite: 'strict',
            maxAge: CITIZEN_COOKIE_SECONDS,
          });
          found = fresh.viewer;
        }
        if (!found) throw Errors.unauthorized();
        const reason = request.headers['x-cauce-reason'];
        if (typeof reason === 'string' && reason.trim()) found.reason = safeDecode(reason).slice(0, 500);
        return found;
      },
      async byReference(request, reply, lookUp) {
        const wait = limits.unknownReferences.retryAfterSeconds(request.ip);
        if (wait) throw tooManyAttempts(reply, wait);
        try {
          return await lookUp();
        } catch (error) {
          if (error instanceof CauceError && error.code === 'CAUCE_ERR_REQUEST_NOT_FOUND')
            limits.unknownReferences.failed(request.ip);
          throw error;
        }
      },
    } satisfies ChannelsApiContext);
  },
  { name: 'cauce-channels-api', fastify: '5.x', dependencies: ['cauce-core', '@fastify/cookie'] },
);

// helpers
function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
