import Fastify, { type FastifyInstance, type FastifyPluginAsync, type FastifyServerOptions } from 'fastify';
import { affiliationSimulator } from './affiliation';
import { appointmentsSimulator } from './appointments';
import { emailSimulator } from './email';
import { routeNotFound } from './errors';
import { pensionsSimulator } from './pensions';
import { DEFAULT_SIM_SEED, resolveFaultOptions, type SimFaultOptions } from './runtime/resolveFaultOptions';
import type { SimServiceOptions } from './runtime/setUpSimService';
import { SIM_SERVICES, type SimServiceName } from './runtime/SimServiceName';
import { smsSimulator } from './sms';
import { subsidiesSimulator } from './subsidies';
import { createSimWorld, type SimWorld } from './synthetic/createSimWorld';

/** Options of {@link buildSimulators}. Fault options here apply to every service. @public */
export interface SimulatorsOptions extends SimFaultOptions {
  /** Which simulators to mount (default all six); each keeps its standard prefix. */
  services?: readonly SimServiceName[];
  /** Fault options for one service, over the global ones. */
  perService?: Partial<Record<SimServiceName, SimFaultOptions>>;
  /** Generated citizens besides the 13 test citizens (default 50). Ignored when `world` is given. */
  citizens?: number;
  /** A world to share, e.g. to inspect it in a test. Default: a new one from `seed`. */
  world?: SimWorld;
  /** The simulators' clock. Default: real time. */
  now?: () => Date;
  /** Where `CAUCE_SIM_*` variables are read. Default `process.env`. */
  env?: Readonly<Record<string, string | undefined>>;
  logger?: FastifyServerOptions['logger'];
}

/** Every simulator plugin, by name. Register one yourself with `app.register(SIM_PLUGINS.sms, { prefix })`. @public */
export const SIM_PLUGINS: Readonly<Record<SimServiceName, FastifyPluginAsync<SimServiceOptions>>> = {
  affiliation: affiliationSimulator,
  pensions: pensionsSimulator,
  subsidies: subsidiesSimulator,
  appointments: appointmentsSimulator,
  sms: smsSimulator,
  email: emailSimulator,
};

/** Where {@link buildSimulators} mounts each simulator. @public */
export function simPrefix(service: SimServiceName): string {
  return `/sim/${service}`;
}

/**
 * One fastify instance with the simulated corporate systems mounted under
 * `/sim/<service>`, sharing one synthetic world, plus `GET /sim` listing them.
 * Not listening: call `listen` (or use {@link startSimulators}), or
 * `inject` in tests.
 * @public
 */
export function buildSimulators(options: SimulatorsOptions = {}): FastifyInstance {
  const env = options.env ?? process.env;
  const services = options.services ?? SIM_SERVICES;
  const world =
    options.world ??
    createSimWorld({ seed: options.seed ?? env.CAUCE_SIM_SEED ?? DEFAULT_SIM_SEED, citizens: options.citizens });
  const app = Fastify({ logger: options.logger ?? false });
  app.setNotFoundHandler((request, reply) => {
    const error = routeNotFound(request.method, request.url);
    return reply.code(404).send({ code: error.code, message: error.message });
  });
  for (const service of services) {
    const faults = resolveFaultOptions(service, [options.perService?.[service], options], env);
    app.register(SIM_PLUGINS[service], { prefix: simPrefix(service), ...faults, world, now: options.now, env });
  }
  app.get(
    '/sim',
    {
      config: { simSupport: true },
      schema: {
        response: {
          200: {
            type: 'object',
            required: ['services', 'testCitizens'],
            properties: {
              services: {
                type: 'array',
                items: {
                  type: 'object',
                  required: ['name', 'prefix'],
                  properties: { name: { type: 'string' }, prefix: { type: 'string' } },
                },
              },
              testCitizens: { type: ['string', 'null'] },
            },
          },
        },
      },
    },
    async () => ({
      services: services.map((name) => ({ name, prefix: simPrefix(name) })),
      testCitizens: services.includes('affiliation') ? `${simPrefix('affiliation')}/test-citizens` : null,
    }),
  );
  return app;
}
