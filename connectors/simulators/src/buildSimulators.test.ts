import type { RouteOptions } from 'fastify';
import { describe, expect, it } from 'vitest';
import { buildSimulators } from './buildSimulators';
import { SIM_SERVICES } from './runtime/SimServiceName';
import { createSimWorld } from './synthetic/createSimWorld';
import { TEST_CITIZENS } from './synthetic/testCitizens';

const NOW = () => new Date('2026-06-01T10:00:00Z');

describe('buildSimulators', () => {
  it('mounts the six simulators under /sim/<service>, each route with response schemas for success and 4xx', async () => {
    // given
    const routes: RouteOptions[] = [];
    const app = buildSimulators({ env: {} });
    app.addHook('onRoute', (route) => void routes.push(route));
    // when
    await app.ready();
    const index = await app.inject({ url: '/sim' });
    // then
    expect(index.json().services.map((s: { prefix: string }) => s.prefix)).toEqual(
      SIM_SERVICES.map((s) => `/sim/${s}`),
    );
    const methods = (r: RouteOptions) => [r.method].flat().filter((m) => m !== 'HEAD');
    const business = routes.filter((r) => methods(r).length > 0);
    expect(new Set(business.map((r) => r.url.split('/')[2]))).toEqual(new Set(SIM_SERVICES));
    for (const route of business) {
      const response = (route.schema?.response ?? {}) as Record<string, unknown>;
      expect(
        Object.keys(response).some((s) => s.startsWith('2')),
        `${route.url} success schema`,
      ).toBe(true);
      if (route.url !== '/sim') expect(response['400'], `${route.url} 400 schema`).toBeDefined();
    }
  });

  it('shares one world: an address changed in affiliation is where subsidies sends the card', async () => {
    // given
    const app = buildSimulators({ seed: 'shared', now: NOW, env: {} });
    const address = {
      street: 'Calle Nueva',
      number: '1',
      postcode: '41002',
      municipality: 'Sevilla',
      province: 'Sevilla',
    };
    await app.inject({
      method: 'POST',
      url: `/sim/affiliation/citizens/${TEST_CITIZENS.standard}/address-changes`,
      payload: address,
    });
    // when
    const res = await app.inject({
      method: 'POST',
      url: `/sim/subsidies/citizens/${TEST_CITIZENS.standard}/european-health-card/requests`,
      payload: {},
    });
    // then
    expect(res.json().deliveryAddress).toEqual({ ...address, floor: null });
  });

  it('answers unknown routes with 404 SIM_ROUTE_NOT_FOUND, at the root and under a prefix', async () => {
    // given
    const app = buildSimulators({ env: {} });
    // when
    const root = await app.inject({ url: '/nothing' });
    const prefixed = await app.inject({ url: '/sim/pensions/nothing' });
    // then
    expect([root.statusCode, root.json().code]).toEqual([404, 'SIM_ROUTE_NOT_FOUND']);
    expect([prefixed.statusCode, prefixed.json().code]).toEqual([404, 'SIM_ROUTE_NOT_FOUND']);
  });

  it('mounts only the services asked for', async () => {
    // given
    const app = buildSimulators({ services: ['sms'], env: {} });
    // when
    const sms = await app.inject({ url: '/sim/sms/outbox' });
    const affiliation = await app.inject({ url: `/sim/affiliation/citizens/${TEST_CITIZENS.standard}` });
    // then
    expect(sms.statusCode).toBe(200);
    expect(affiliation.statusCode).toBe(404);
  });

  it('uses a world given by the caller', async () => {
    // given
    const world = createSimWorld({ seed: 'mine', citizens: 0 });
    world.citizens.get(TEST_CITIZENS.worker)!.givenName = 'Cambiada';
    const app = buildSimulators({ world, env: {} });
    // when
    const res = await app.inject({ url: `/sim/affiliation/citizens/${TEST_CITIZENS.worker}` });
    // then
    expect(res.json().givenName).toBe('Cambiada');
  });
});
