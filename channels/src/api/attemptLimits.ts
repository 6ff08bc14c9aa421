import type { FastifyReply } from 'fastify';
import { ChannelsErrors } from '../errors';
import { AttemptLimiter, type AttemptLimit } from './AttemptLimiter';

/** The attempt limits of the `/api` routes and the self-service pages. @public */
export interface AttemptLimits {
  /** wrong passwords for one user from one client address (default 5 in 15 minutes) */
  signIn: AttemptLimit;
  /** wrong passwords from one client address, whatever the user (default 20 in 15 minutes) */
  signInFromAddress: AttemptLimit;
  /** look-ups of a reference that names no service request, from one client address (default 10 in 15 minutes) */
  unknownReferences: AttemptLimit;
}

const FIFTEEN_MINUTES = 15 * 60 * 1000;

/** The defaults: few enough that guessing a password or a reference is hopeless, many enough for typos. @public */
export const DEFAULT_ATTEMPT_LIMITS: AttemptLimits = {
  signIn: { maxFailures: 5, windowMs: FIFTEEN_MINUTES },
  signInFromAddress: { maxFailures: 20, windowMs: FIFTEEN_MINUTES },
  unknownReferences: { maxFailures: 10, windowMs: FIFTEEN_MINUTES },
};

/** Options that set the limits: any of them, and the clock the limiters see (tests move it). @public */
export type AttemptLimitsOptions = Partial<AttemptLimits> & { now?: () => number };

/** One limiter per limit, built from the defaults and the options. @internal */
export function attemptLimiters(opts: AttemptLimitsOptions = {}): Record<keyof AttemptLimits, AttemptLimiter> {
  const limiter = (name: keyof AttemptLimits) =>
    new AttemptLimiter({ ...(opts[name] ?? DEFAULT_ATTEMPT_LIMITS[name]), now: opts.now });
  return {
    signIn: limiter('signIn'),
    signInFromAddress: limiter('signInFromAddress'),
    unknownReferences: limiter('unknownReferences'),
  };
}

/** CAUCE_ERR_TOO_MANY_ATTEMPTS, with `Retry-After` set on the reply the error will be answered on. @internal */
export function tooManyAttempts(reply: FastifyReply, retryAfterSeconds: number): Error {
  reply.header('retry-after', String(retryAfterSeconds));
  return ChannelsErrors.tooManyAttempts(retryAfterSeconds);
}
