import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildApp, databasesUnderTest } from '@cauce/engine';
import type { StepView } from '../contract';
import { newReference } from '../session/referenceCode';
import { channelsHarness, simulators } from '../testing/harness';
import { channelsApi } from './channelsApi';
import { DemoAuth } from './demoAuth';

const sims = simulators();

describe.each(databasesUnderTest())('/api attempt limits on $name', (d) => {
  let h: Awaited<ReturnType<typeof channelsHarness>>;
  const auth = new DemoAuth({ secret: 'test', password: 'cauce' });
  beforeEach(async () => {
    await sims.start();
    h = await channelsHarness(d, sims.url());
  });
  afterEach(async () => {
    await h.close();
    await sims.stop();
  });

  it('limits failed sign-ins per user and address, and unknown references per address, with a typed 429 and Retry-After', async () => {
    // given an app whose limiters read a clock the test moves (defaults: 5 per user and address, 20 per address,
    // 10 unknown references per address, in 15 minutes)
    let clock = Date.parse('2026-03-02T09:00:00Z');
    const limited = buildApp({
      db: h.db,
      engine: h.engine,
      plugins: [
        {
          plugin: channelsApi,
          prefix: '/api',
          options: { service: h.service, auth, attemptLimits: { now: () => clock } },
        },
      ],
    });
    const signIn = (user: string, password: string, remoteAddress = '10.0.0.1') =>
      limited.inject({ method: 'POST', url: '/api/auth/login', payload: { user, password }, remoteAddress });
    const started = await limited.inject({
      method: 'POST',
      url: '/api/sessions',
      payload: { procedureId: 'european-health-card', channel: 'web', language: 'es' },
    });
    const known = (started.json() as StepView).reference;
    try {
      // when ana's password is guessed 5 times from one address, then right; others sign in meanwhile
      const wrong = [];
      for (let i = 0; i < 5; i++) wrong.push(await signIn('ana', `guess-${i}`));
      const refused = await signIn('ANA', 'cauce');
      const otherAddress = await signIn('ana', 'cauce', '10.0.0.2');
      const otherUser = await signIn('luis', 'cauce');
      clock += 15 * 60 * 1000;
      const afterWindow = await signIn('ana', 'cauce');
      // then
      expect(wrong.map((r) => r.json().code)).toEqual(Array(5).fill('CAUCE_ERR_LOGIN_FAILED'));
      expect(refused.statusCode).toBe(429);
      expect(refused.json()).toEqual({
        type: 'ChannelsException',
        code: 'CAUCE_ERR_TOO_MANY_ATTEMPTS',
        message: 'too many failed attempts from here; try again in 900 seconds',
      });
      expect(refused.headers['retry-after']).toBe('900');
      expect([otherAddress.statusCode, otherUser.statusCode, afterWindow.statusCode]).toEqual([200, 200, 200]);

      // when one address sprays wrong passwords over many users (20 allowed in a window)
      const sprayed = [];
      for (let i = 0; i < 20; i++) sprayed.push(await signIn(`user${i}`, 'nope', '10.0.0.3'));
      sprayed.push(await signIn('sara', 'cauce', '10.0.0.3'));
      // then the 21st is refused, even a right password for a user it has not tried
      expect(sprayed.slice(0, 20).every((r) => r.statusCode === 401)).toBe(true);
      expect([sprayed[20].statusCode, sprayed[20].json().code]).toEqual([429, 'CAUCE_ERR_TOO_MANY_ATTEMPTS']);

      // when one address looks up 10 references that name no request, then more (status and resume alike)
      const guesses = [];
      for (let i = 0; i < 10; i++) {
        guesses.push(
          i % 2
            ? await limited.inject({
                method: 'GET',
                url: `/api/requests/${newReference()}/status`,
                remoteAddress: '10.0.0.4',
              })
            : await limited.inject({
                method: 'POST',
                url: '/api/resume',
                payload: { reference: newReference() },
                remoteAddress: '10.0.0.4',
              }),
        );
      }
      const malformed = await limited.inject({
        method: 'GET',
        url: '/api/requests/nonsense/status',
        remoteAddress: '10.0.0.5',
      });
      const knownFromGuesser = await limited.inject({
        method: 'GET',
        url: `/api/requests/${known}/status`,
        remoteAddress: '10.0.0.4',
      });
      const resumeFromGuesser = await limited.inject({
        method: 'POST',
        url: '/api/resume',
        payload: { reference: known },
        remoteAddress: '10.0.0.4',
      });
      const knownFromElsewhere = await limited.inject({
        method: 'GET',
        url: `/api/requests/${known}/status`,
        remoteAddress: '10.0.0.5',
      });
      // then
      expect(guesses.map((r) => r.json().code)).toEqual(Array(10).fill('CAUCE_ERR_REQUEST_NOT_FOUND'));
      expect([malformed.statusCode, malformed.json().code]).toEqual([400, 'CAUCE_ERR_REFERENCE_INVALID']);
      for (const refusedLookUp of [knownFromGuesser, resumeFromGuesser]) {
        expect([refusedLookUp.statusCode, refusedLookUp.json().code]).toEqual([429, 'CAUCE_ERR_TOO_MANY_ATTEMPTS']);
        expect(Number(refusedLookUp.headers['retry-after'])).toBeGreaterThan(0);
      }
      expect(knownFromElsewhere.statusCode).toBe(200);
    } finally {
      await limited.close();
    }
  });
});
