import Fastify, {
  type FastifyInstance,
  type FastifyPluginAsync,
  type FastifyPluginCallback,
  type FastifyServerOptions,
  type RouteOptions,
} from 'fastify';
import { cauceCore } from './api/cauceCore';
import { engineRest } from './api/engine-rest';
import { Engine } from './commands/Engine';
import type { Db } from './store/Db';

/** Default limit of a JSON request body (1 MiB). Multipart deployments have their own, 10 MiB. @public */
export const DEFAULT_BODY_LIMIT = 1024 * 1024;

/** An API area mounted under a prefix (`/api`, self-service pages, simulators…). @public */
export interface AppPlugin {
  plugin: FastifyPluginAsync<any> | FastifyPluginCallback<any>;
  prefix: string;
  options?: Record<string, unknown>;
}

/** @public */
export interface BuildAppOptions {
  db: Db;
  /** The engine to drive; built on `db` (with `clock`) when omitted. */
  engine?: Engine;
  /** The time the engine sees, when buildApp builds it (tests move it). */
  clock?: () => Date;
  /** Largest JSON body accepted, in bytes (413 above it). Default 1 MiB. */
  bodyLimit?: number;
  logger?: FastifyServerOptions['logger'];
  /** More areas, each registered under its prefix as its own encapsulation context. */
  plugins?: AppPlugin[];
  /** Sees every route as it is registered (audits, tests). */
  onRoute?: (route: RouteOptions) => void;
}

/**
 * The composition root: one fastify instance with the core decorators (`db`, `engine`, `externalTaskWakeups`),
 * the Camunda 7 compatible REST surface at `/engine-rest`, and any further areas. Nothing here is a module
 * singleton, so tests build as many apps as they like and drive them with `app.inject()`; server.ts listens.
 * @public
 */
export function buildApp(opts: BuildAppOptions): FastifyInstance {
  const app = Fastify({
    logger: opts.logger ?? false,
    bodyLimit: opts.bodyLimit ?? DEFAULT_BODY_LIMIT,
    // A long-polling fetchAndLock may wait up to 30 min (asyncResponseTimeout); Node's default requestTimeout
    // (5 min) would cut it off, so requests are not timed out here (asyncResponseTimeout bounds them).
    requestTimeout: 0,
    ajv: { customOptions: { coerceTypes: 'array', useDefaults: true, removeAdditional: false, allErrors: false } },
  });
  if (opts.onRoute) app.addHook('onRoute', opts.onRoute);
  const engine = opts.engine ?? new Engine({ db: opts.db, clock: opts.clock });
  app.register(cauceCore, { db: opts.db, engine });
  app.register(engineRest, { prefix: '/engine-rest' });
  for (const area of opts.plugins ?? []) app.register(area.plugin, { ...(area.options ?? {}), prefix: area.prefix });
  return app;
}
