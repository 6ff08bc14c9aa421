import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import type { SessionService } from '../contract';
import { channelsApi } from './channelsApi';

describe('/api plugin dependencies', () => {
  it('refuses to start without the core decorators it declares it needs', async () => {
    // given an app without buildApp's cauce-core (db, engine)
    const app = Fastify();
    app.register(channelsApi, { prefix: '/api', service: {} as SessionService });
    // when
    const ready = app.ready();
    // then
    await expect(ready).rejects.toThrow("The dependency 'cauce-core' of plugin 'cauce-channels-api' is not registered");
    await app.close();
  });
});
