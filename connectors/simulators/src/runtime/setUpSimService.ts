import type { FastifyInstance } from 'fastify';
import { createSimWorld, type SimWorld } from '../synthetic/createSimWorld';
import { installSimRuntime } from './installSimRuntime';
import { resolveFaultOptions, type SimFaultOptions } from './resolveFaultOptions';
import type { SimServiceName } from './SimServiceName';

/**
 * Options every simulator plugin takes. Mounted by `buildSimulators`, all six
 * share one `world`; registered alone, a simulator builds its own from `seed`.
 * @public
 */
export interface SimServiceOptions extends SimFaultOptions {
  /** The shared simulated databases. Default: a new world from `seed`. */
  world?: SimWorld;
  /** The simulators' clock (today's slots, issue dates, card renewal). Default: real time. */
  now?: () => Date;
  /** Where `CAUCE_SIM_*` variables are read. Default `process.env`. */
  env?: Readonly<Record<string, string | undefined>>;
}

/** What a simulator plugin needs after set-up. @internal */
export interface SimServiceContext {
  world: SimWorld;
  now: () => Date;
  /** Today's date, `YYYY-MM-DD` (UTC), by the simulators' clock. */
  today: () => string;
}

/**
 * First call in every simulator plugin: decides faults, picks or builds the
 * world and installs the shared runtime (errors, faults, idempotency) in the
 * plugin's own encapsulation context.
 * @internal
 */
export function setUpSimService(
  app: FastifyInstance,
  service: SimServiceName,
  options: SimServiceOptions,
): SimServiceContext {
  const faults = resolveFaultOptions(service, [options], options.env);
  const world = options.world ?? createSimWorld({ seed: faults.seed });
  const now = options.now ?? (() => new Date());
  installSimRuntime(app, service, faults);
  return { world, now, today: () => now().toISOString().slice(0, 10) };
}
