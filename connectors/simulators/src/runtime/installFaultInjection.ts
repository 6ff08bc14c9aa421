import type { FastifyInstance, FastifyRequest } from 'fastify';
import { unavailable } from '../errors';
import { createPrng } from './createPrng';
import type { ResolvedFaultOptions } from './resolveFaultOptions';
import type { SimServiceName } from './SimServiceName';

/** Request header that forces one injected fault, whatever the failure rate. @public */
export const FORCE_FAULT_HEADER = 'x-sim-fault';

/**
 * Adds latency and random 503 faults to the business routes of one simulator
 * context. Faults happen before validation and before the idempotency check, as
 * a lost request would: nothing is acted on or remembered, so a retry with the
 * same Idempotency-Key acts. The dice are seeded per service, so a given seed
 * and request order always fail the same requests. Test-support routes
 * (`config.simSupport`) are exempt, so tests can always read the outbox.
 * @internal
 */
export function installFaultInjection(
  app: FastifyInstance,
  service: SimServiceName,
  faults: ResolvedFaultOptions,
): void {
  const dice = createPrng(faults.seed, 'faults', service);
  app.addHook('onRequest', async (request, reply) => {
    if (isSupportRoute(request)) return;
    if (faults.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, faults.latencyMs));
    const forced = request.headers[FORCE_FAULT_HEADER] !== undefined;
    // Roll the dice on every request, forced or not, so forcing one fault never shifts the sequence.
    const rolled = faults.failureRate > 0 && dice.next() < faults.failureRate;
    if (!forced && !rolled) return;
    const error = unavailable(service);
    return reply.code(503).header('retry-after', '1').send({ code: error.code, message: error.message });
  });
}

/** True for routes marked `config: { simSupport: true }` and for unknown routes. @internal */
export function isSupportRoute(request: FastifyRequest): boolean {
  return request.is404 || (request.routeOptions.config as { simSupport?: boolean }).simSupport === true;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** support routes (outboxes, test citizens) are never delayed or failed by fault injection */
    simSupport?: boolean;
  }
}
