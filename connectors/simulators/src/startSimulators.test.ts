import { describe, expect, it } from 'vitest';
import { startSimulators } from './startSimulators';
import { TEST_CITIZENS } from './synthetic/testCitizens';

describe('startSimulators', () => {
  it('listens on a free port and gives each simulator its base URL', async () => {
    // given
    const running = await startSimulators({ port: 0, env: {} });
    try {
      // when
      const res = await fetch(`${running.urls.affiliation}/citizens/${TEST_CITIZENS.standard}`);
      // then
      expect(running.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(Object.keys(running.urls)).toHaveLength(6);
      expect(res.status).toBe(200);
      expect((await res.json()).id).toBe(TEST_CITIZENS.standard);
    } finally {
      await running.close();
    }
  });

  it('runs one simulator alone', async () => {
    // given
    const running = await startSimulators({ services: ['email'], env: {} });
    try {
      // when
      const res = await fetch(`${running.urls.email}/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ to: 'a@example.org', subject: 'Hola', body: 'Código 4321' }),
      });
      // then
      expect(Object.keys(running.urls)).toEqual(['email']);
      expect(res.status).toBe(202);
    } finally {
      await running.close();
    }
  });
});
