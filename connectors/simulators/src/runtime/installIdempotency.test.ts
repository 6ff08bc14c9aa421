import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { installSimRuntime } from './installSimRuntime';

/** A scope with only the runtime and one counting route, to test idempotency alone. */
async function build(handler: (n: number) => Promise<unknown>) {
  let calls = 0;
  const app = Fastify();
  await app.register(async (scope) => {
    installSimRuntime(scope, 'sms', { latencyMs: 0, failureRate: 0, seed: 't' });
    scope.post('/act', { schema: { body: { type: 'object' } } }, async (_request, reply) => {
      calls += 1;
      reply.code(201);
      return handler(calls);
    });
  });
  return { app, calls: () => calls };
}

const post = (key: string | undefined, payload: object = { a: 1 }) => ({
  method: 'POST' as const,
  url: '/act',
  headers: key === undefined ? {} : { 'idempotency-key': key },
  payload,
});

describe('Idempotency-Key', () => {
  it('acts once for concurrent requests with the same key, all getting the same response', async () => {
    // given
    const { app, calls } = await build(async (n) => {
      await new Promise((r) => setTimeout(r, 30));
      return { n };
    });
    // when
    const responses = await Promise.all([1, 2, 3].map(() => app.inject(post('same'))));
    // then
    expect(calls()).toBe(1);
    expect(responses.map((r) => [r.statusCode, r.body])).toEqual(Array(3).fill([201, '{"n":1}']));
  });

  it('acts every time without a key', async () => {
    // given
    const { app, calls } = await build(async (n) => ({ n }));
    // when
    await app.inject(post(undefined));
    await app.inject(post(undefined));
    // then
    expect(calls()).toBe(2);
  });

  it('matches bodies whatever their key order', async () => {
    // given
    const { app, calls } = await build(async (n) => ({ n }));
    // when
    await app.inject(post('k', { a: 1, b: 2 }));
    const again = await app.inject(post('k', { b: 2, a: 1 }));
    // then
    expect(calls()).toBe(1);
    expect(again.headers['idempotent-replayed']).toBe('true');
  });

  it('does not keep a 5xx: the retry acts', async () => {
    // given
    const { app, calls } = await build(async (n) => {
      if (n === 1) throw new Error('boom');
      return { n };
    });
    // when
    const first = await app.inject(post('k'));
    const retry = await app.inject(post('k'));
    // then
    expect([first.statusCode, first.json().code]).toEqual([500, 'SIM_INTERNAL']);
    expect([retry.statusCode, retry.json()]).toEqual([201, { n: 2 }]);
    expect(calls()).toBe(2);
  });

  it('does not keep a request that failed validation', async () => {
    // given
    const { app, calls } = await build(async (n) => ({ n }));
    // when
    const invalid = await app.inject(post('k', [1]));
    const valid = await app.inject(post('k'));
    // then
    expect(invalid.statusCode).toBe(400);
    expect(valid.statusCode).toBe(201);
    expect(calls()).toBe(1);
  });
});
