import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { buildSimulators } from '../buildSimulators';
import { smsSimulator } from '../sms/smsSimulator';

const send = { method: 'POST' as const, url: '/messages', payload: { to: '+34600000001', text: '1234' } };

async function sms(options: { failureRate?: number; latencyMs?: number; seed?: string; env?: Record<string, string> }) {
  const app = Fastify();
  await app.register(smsSimulator, { env: {}, ...options });
  return app;
}

async function pattern(app: Awaited<ReturnType<typeof sms>>, n = 40): Promise<string> {
  let out = '';
  for (let i = 0; i < n; i++) out += (await app.inject(send)).statusCode === 503 ? 'x' : '.';
  return out;
}

describe('fault injection', () => {
  it('fails with 503 SIM_UNAVAILABLE and a JSON body at failure rate 1', async () => {
    // given
    const app = await sms({ failureRate: 1 });
    // when
    const res = await app.inject(send);
    // then
    expect(res.statusCode).toBe(503);
    expect(res.headers['retry-after']).toBe('1');
    expect(res.json()).toEqual({
      code: 'SIM_UNAVAILABLE',
      message: "simulated fault: service 'sms' is unavailable, retry later",
    });
  });

  it('fails the same requests for the same seed, others for another seed', async () => {
    // given
    const [a, b, c] = await Promise.all([
      sms({ failureRate: 0.5, seed: 's1' }),
      sms({ failureRate: 0.5, seed: 's1' }),
      sms({ failureRate: 0.5, seed: 's2' }),
    ]);
    // when
    const [pa, pb, pc] = [await pattern(a), await pattern(b), await pattern(c)];
    // then
    expect(pa).toBe(pb);
    expect(pa).not.toBe(pc);
    expect(pa).toMatch(/x/);
    expect(pa).toMatch(/\./);
  });

  it('takes CAUCE_SIM_FAILURE_RATE and per-service variables from the environment', async () => {
    // given
    const app = buildSimulators({ env: { CAUCE_SIM_SMS_FAILURE_RATE: '1' } });
    // when
    const smsRes = await app.inject({ ...send, url: '/sim/sms/messages' });
    const emailRes = await app.inject({
      method: 'POST',
      url: '/sim/email/messages',
      payload: { to: 'a@example.org', subject: 's', body: 'b' },
    });
    const allFail = await buildSimulators({ env: { CAUCE_SIM_FAILURE_RATE: '1' } }).inject({
      url: '/sim/appointments/offices',
    });
    // then
    expect(smsRes.statusCode).toBe(503);
    expect(emailRes.statusCode).toBe(202);
    expect(allFail.json().code).toBe('SIM_UNAVAILABLE');
  });

  it('adds latency to business routes but not to the outbox', async () => {
    // given
    const app = await sms({ latencyMs: 80 });
    await app.ready();
    // when
    const t0 = performance.now();
    await app.inject(send);
    const business = performance.now() - t0;
    const t1 = performance.now();
    await app.inject({ url: '/outbox' });
    const support = performance.now() - t1;
    // then
    expect(business).toBeGreaterThanOrEqual(75);
    expect(support).toBeLessThan(75);
  });

  it('forces one fault with the X-Sim-Fault header', async () => {
    // given
    const app = await sms({});
    // when
    const forced = await app.inject({ ...send, headers: { 'x-sim-fault': '1' } });
    const normal = await app.inject(send);
    // then
    expect(forced.statusCode).toBe(503);
    expect(normal.statusCode).toBe(202);
  });

  it('remembers nothing from a faulted request: the retry with the same Idempotency-Key acts', async () => {
    // given
    const app = await sms({});
    const request = { ...send, headers: { 'idempotency-key': 'k' } };
    await app.inject({ ...request, headers: { ...request.headers, 'x-sim-fault': '1' } });
    // when
    const retry = await app.inject(request);
    const outbox = await app.inject({ url: '/outbox' });
    // then
    expect(retry.statusCode).toBe(202);
    expect(retry.headers['idempotent-replayed']).toBeUndefined();
    expect(outbox.json().messages).toHaveLength(1);
  });
});
