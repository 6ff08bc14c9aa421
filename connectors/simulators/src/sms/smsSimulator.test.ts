import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { smsSimulator } from './smsSimulator';

const NOW = () => new Date('2026-06-01T10:00:00Z');

async function build(failureRate = 0) {
  const app = Fastify();
  await app.register(smsSimulator, { prefix: '/sim/sms', seed: 't', now: NOW, failureRate, env: {} });
  return app;
}

describe('sms simulator', () => {
  it('sends to any number and lets a test read the OTP of the latest message', async () => {
    // given
    const app = await build();
    await app.inject({
      method: 'POST',
      url: '/sim/sms/messages',
      payload: { to: '600 000 001', text: '111111 es su código' },
    });
    // when
    const sent = await app.inject({
      method: 'POST',
      url: '/sim/sms/messages',
      payload: { to: '+34600000001', text: '482913 es su código de verificación' },
    });
    const latest = await app.inject({ url: '/sim/sms/outbox/latest?to=%2B34%20600000001' });
    // then
    expect(sent.statusCode).toBe(202);
    expect(sent.json()).toEqual({
      messageId: 'SMS-000002',
      to: '+34600000001',
      sender: 'INSS',
      text: '482913 es su código de verificación',
      segments: 1,
      sentAt: '2026-06-01T10:00:00.000Z',
      detectedCode: '482913',
    });
    expect(latest.json().detectedCode).toBe('482913');
  });

  it('sends once per Idempotency-Key', async () => {
    // given
    const app = await build();
    const request = {
      method: 'POST' as const,
      url: '/sim/sms/messages',
      headers: { 'idempotency-key': 'otp-1' },
      payload: { to: '+34600000009', text: '1234 código' },
    };
    // when
    await app.inject(request);
    await app.inject(request);
    const outbox = await app.inject({ url: '/sim/sms/outbox' });
    // then
    expect(outbox.json().messages).toHaveLength(1);
  });

  it('refuses texts over 320 characters and answers 404 SIM_NO_MESSAGES for a silent recipient', async () => {
    // given
    const app = await build();
    // when
    const long = await app.inject({
      method: 'POST',
      url: '/sim/sms/messages',
      payload: { to: '+34600000001', text: 'x'.repeat(321) },
    });
    const none = await app.inject({ url: '/sim/sms/outbox/latest?to=%2B34699999999' });
    // then
    expect([long.statusCode, long.json().code]).toEqual([400, 'SIM_BAD_REQUEST']);
    expect([none.statusCode, none.json().code]).toEqual([404, 'SIM_NO_MESSAGES']);
  });

  it('shows the outbox as an accessible HTML page, escaped, and keeps it reachable under faults', async () => {
    // given
    const app = await build(1);
    const failed = await app.inject({
      method: 'POST',
      url: '/sim/sms/messages',
      payload: { to: '+34600000001', text: '<b>hola</b>' },
    });
    // when
    const page = await app.inject({ url: '/sim/sms/outbox', headers: { accept: 'text/html,application/xhtml+xml' } });
    const cleared = await app.inject({ method: 'DELETE', url: '/sim/sms/outbox' });
    // then
    expect(failed.statusCode).toBe(503);
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.body).toContain('<html lang="es">');
    expect(page.body).toContain('<h1>');
    expect(page.body).toContain('No se ha enviado ningún mensaje.');
    expect(cleared.statusCode).toBe(204);
  });

  it('lists rows newest first in HTML with a caption and header cells', async () => {
    // given
    const app = await build();
    for (const text of ['primero', '<segundo>'])
      await app.inject({ method: 'POST', url: '/sim/sms/messages', payload: { to: '+34600000001', text } });
    // when
    const page = await app.inject({ url: '/sim/sms/outbox?format=html' });
    // then
    expect(page.body).toMatch(/<caption>2 mensaje/);
    expect(page.body).toContain('<th scope="col">Texto</th>');
    expect(page.body.indexOf('&#60;segundo&#62;')).toBeLessThan(page.body.indexOf('<td>primero</td>'));
  });
});
