import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { TEST_CITIZENS } from '../synthetic/testCitizens';
import { subsidiesSimulator } from './subsidiesSimulator';

async function build(date = '2026-11-01T10:00:00Z') {
  const clock = { now: new Date(date) };
  const app = Fastify();
  await app.register(subsidiesSimulator, { prefix: '/sim/subsidies', seed: 't', now: () => clock.now, env: {} });
  return { app, clock };
}

const card = (id: string) => `/sim/subsidies/citizens/${id}/european-health-card`;

describe('subsidies simulator (European health card)', () => {
  it('tells eligibility and card state', async () => {
    // given
    const { app } = await build();
    // when
    const [standard, notAffiliated, valid, expiring] = await Promise.all(
      [
        TEST_CITIZENS.standard,
        TEST_CITIZENS.notAffiliated,
        TEST_CITIZENS.cardStillValid,
        TEST_CITIZENS.cardExpiring,
      ].map((id) => app.inject({ url: card(id) }).then((r) => r.json())),
    );
    // then
    expect(standard).toMatchObject({
      eligible: true,
      reason: 'affiliated',
      cardState: 'none',
      card: null,
      canRequest: true,
    });
    expect(notAffiliated).toMatchObject({ eligible: false, reason: 'not_affiliated', canRequest: false });
    expect(valid).toMatchObject({ cardState: 'valid', canRequest: false, card: { validUntil: '2029-12-31' } });
    expect(expiring).toMatchObject({ cardState: 'expiring', canRequest: true });
  });

  it('issues a card once per Idempotency-Key and follows its delivery', async () => {
    // given
    const { app, clock } = await build();
    const request = {
      method: 'POST' as const,
      url: `${card(TEST_CITIZENS.standard)}/requests`,
      headers: { 'idempotency-key': 'tse-1' },
      payload: {},
    };
    // when
    const first = await app.inject(request);
    const again = await app.inject(request);
    const status = await app.inject({ url: card(TEST_CITIZENS.standard) });
    clock.now = new Date('2026-11-05T10:00:00Z');
    const inTransit = await app.inject({
      url: `/sim/subsidies/european-health-card/requests/${first.json().requestId}`,
    });
    clock.now = new Date('2026-11-11T10:00:00Z');
    const delivered = await app.inject({
      url: `/sim/subsidies/european-health-card/requests/${first.json().requestId}`,
    });
    // then
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({
      requestId: 'TSE-000001',
      state: 'issued',
      card: { validFrom: '2026-11-01', validUntil: '2028-11-01' },
      deliveryAddress: { postcode: '28013' },
      estimatedDelivery: '2026-11-11',
    });
    expect(again.body).toBe(first.body);
    expect(status.json()).toMatchObject({ cardState: 'valid', canRequest: false });
    expect(inTransit.json().state).toBe('in_transit');
    expect(delivered.json().state).toBe('delivered');
  });

  it('refuses with 409 SIM_NOT_ELIGIBLE and SIM_CARD_STILL_VALID', async () => {
    // given
    const { app } = await build();
    // when
    const notEligible = await app.inject({
      method: 'POST',
      url: `${card(TEST_CITIZENS.notAffiliated)}/requests`,
      payload: {},
    });
    const stillValid = await app.inject({
      method: 'POST',
      url: `${card(TEST_CITIZENS.cardStillValid)}/requests`,
      payload: {},
    });
    const renewal = await app.inject({
      method: 'POST',
      url: `${card(TEST_CITIZENS.cardExpiring)}/requests`,
      payload: {},
    });
    // then
    expect([notEligible.statusCode, notEligible.json().code]).toEqual([409, 'SIM_NOT_ELIGIBLE']);
    expect([stillValid.statusCode, stillValid.json().code]).toEqual([409, 'SIM_CARD_STILL_VALID']);
    expect(renewal.statusCode).toBe(201);
  });

  it('answers 404 SIM_EHIC_REQUEST_NOT_FOUND for an unknown request', async () => {
    // given
    const { app } = await build();
    // when
    const res = await app.inject({ url: '/sim/subsidies/european-health-card/requests/TSE-999999' });
    // then
    expect([res.statusCode, res.json().code]).toEqual([404, 'SIM_EHIC_REQUEST_NOT_FOUND']);
  });
});
