import fp from 'fastify-plugin';
import type { Engine } from '../commands/Engine';
import type { Db } from '../store/Db';
import { ExternalTaskWakeups } from './engine-rest/ExternalTaskWakeups';

declare module 'fastify' {
  interface FastifyInstance {
    /** The engine's database (the same one `engine` runs commands on). */
    db: Db;
    /** The engine every API area drives. */
    engine: Engine;
    /** Wakes long-polling fetchAndLock requests. */
    externalTaskWakeups: ExternalTaskWakeups;
  }
}

/** What buildApp hands to the core decorators. @public */
export interface CauceCoreOptions {
  db: Db;
  engine: Engine;
}

/**
 * The cross-cutting decorators every API area depends on (`db`, `engine`, `externalTaskWakeups`), registered
 * once at the root by buildApp. The wake-ups listen from `onReady` and release waiting requests in `preClose`,
 * so `app.close()` does not wait for long polls to time out.
 * @public
 */
export const cauceCore = fp<CauceCoreOptions>(
  async (app, opts) => {
    const wakeups = new ExternalTaskWakeups(opts.db);
    app.decorate('db', opts.db);
    app.decorate('engine', opts.engine);
    app.decorate('externalTaskWakeups', wakeups);
    app.addHook('onReady', () => wakeups.start());
    app.addHook('preClose', () => wakeups.stop());
  },
  { name: 'cauce-core', fastify: '5.x' },
);
