import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulators, type RunningSimulators } from '../simulators/src/index';
import { BusinessError, PermanentFailure, TechnicalFailure } from './failures';
import { path, ServiceClient } from './ServiceClient';

const task = { processInstanceId: 'pi-1', activityId: 'Book', activityInstanceId: 'ai-1' };

describe('ServiceClient', () => {
  let sims: RunningSimulators;
  let slow: RunningSimulators;
  beforeAll(async () => {
    sims = await startSimulators({ seed: 'connectors-test', now: () => new Date('2026-03-02T08:00:00Z') });
    slow = await startSimulators({ services: ['sms'], latencyMs: 500 });
  });
  afterAll(async () => {
    await sims.close();
    await slow.close();
  });
  const client = (
    service: 'affiliation' | 'appointments' | 'sms',
    extra: Partial<ConstructorParameters<typeof ServiceClient>[0]> = {},
  ) => new ServiceClient({ service, baseUrl: sims.urls[service]!, timeoutMs: 2000, task, ...extra });

  it('returns the body of a 2xx answer', async () => {
    // given
    const affiliation = client('affiliation');
    // when
    const citizen = await affiliation.get<{ fullName: string }>(path`/citizens/${'99000001C'}`);
    // then
    expect(citizen.fullName).toBe('Lucía Ejemplo Prueba');
  });

  it('turns a mapped error code into a BusinessError and any other 4xx into a PermanentFailure', async () => {
    // given
    const affiliation = client('affiliation');
    // when
    const mapped = await failureOf(
      affiliation.get(path`/citizens/${'99000099A'}`, undefined, { SIM_CITIZEN_NOT_FOUND: 'CITIZEN_NOT_FOUND' }),
    );
    const unmapped = await failureOf(affiliation.get(path`/citizens/${'99000099A'}`));
    // then
    expect(mapped).toBeInstanceOf(BusinessError);
    expect(mapped).toMatchObject({ code: 'CITIZEN_NOT_FOUND', message: "no citizen '99000099A'" });
    expect(unmapped).toBeInstanceOf(PermanentFailure);
    expect(unmapped.message).toContain('answered 404 SIM_CITIZEN_NOT_FOUND');
  });

  it('treats 5xx, timeouts and refused connections as technical failures', async () => {
    // given
    const faulty: typeof fetch = (input, init) =>
      fetch(input, { ...init, headers: { ...(init?.headers as Record<string, string>), 'x-sim-fault': '1' } });
    const unavailable = client('sms', { fetch: faulty });
    const timingOut = new ServiceClient({ service: 'sms', baseUrl: slow.urls.sms!, timeoutMs: 100, task });
    const refused = new ServiceClient({
      service: 'sms',
      baseUrl: `http://127.0.0.1:${await closedPort()}/sim/sms`,
      timeoutMs: 2000,
      task,
    });
    const sms = { to: '+34600000001', text: 'hola' };
    // when
    const errors = await Promise.all([unavailable, timingOut, refused].map((c) => failureOf(c.post('/messages', sms))));
    // then
    for (const error of errors) expect(error).toBeInstanceOf(TechnicalFailure);
    expect(errors[0].message).toContain('503 SIM_UNAVAILABLE');
    expect(errors[1].message).toContain('timed out after 100 ms');
    expect(errors[2].message).toMatch(/ECONNREFUSED/);
  });

  it('sends the task-derived Idempotency-Key, so a repeat of the task does not act twice', async () => {
    // given two clients for two attempts of the same task
    const to = '+34600000013';
    const first = client('sms');
    const retry = client('sms');
    // when
    const a = await first.post<{ messageId: string }>('/messages', { to, text: 'Su cita: 10:00' });
    const b = await retry.post<{ messageId: string }>('/messages', { to, text: 'Su cita: 10:00' });
    // then
    expect(b.messageId).toBe(a.messageId);
    const outbox = (await (await fetch(`${sims.urls.sms}/outbox?to=${encodeURIComponent(to)}`)).json()) as {
      messages: unknown[];
    };
    expect(outbox.messages).toHaveLength(1);
  });
});

// helpers

/** The error a promise rejects with; fails the test when it resolves. */
async function failureOf(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a failure');
}

/** A port nothing listens on: one the system just handed out and got back. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}
