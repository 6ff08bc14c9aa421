import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { emailSimulator } from './emailSimulator';

const NOW = () => new Date('2026-06-01T10:00:00Z');

async function build() {
  const app = Fastify();
  await app.register(emailSimulator, { prefix: '/sim/email', seed: 't', now: NOW, env: {} });
  return app;
}

describe('email simulator', () => {
  it('sends, and the latest message of a recipient carries the OTP', async () => {
    // given
    const app = await build();
    const to = 'Lucia.Ejemplo1@Example.org';
    // when
    const sent = await app.inject({
      method: 'POST',
      url: '/sim/email/messages',
      payload: { to, subject: 'Código de verificación', body: 'Su código es 736201.' },
    });
    const latest = await app.inject({ url: `/sim/email/outbox/latest?to=${encodeURIComponent(to)}` });
    // then
    expect(sent.statusCode).toBe(202);
    expect(latest.json()).toMatchObject({
      messageId: 'EMAIL-000001',
      to: 'lucia.ejemplo1@example.org',
      from: 'no-reply@seg-social.example',
      detectedCode: '736201',
    });
  });

  it('sends once per Idempotency-Key and refuses the key for another message', async () => {
    // given
    const app = await build();
    const payload = { to: 'a@example.org', subject: 'Certificado', body: 'Descárguelo aquí' };
    const headers = { 'idempotency-key': 'mail-1' };
    // when
    const first = await app.inject({ method: 'POST', url: '/sim/email/messages', headers, payload });
    const again = await app.inject({ method: 'POST', url: '/sim/email/messages', headers, payload });
    const other = await app.inject({
      method: 'POST',
      url: '/sim/email/messages',
      headers,
      payload: { ...payload, subject: 'Otro' },
    });
    const outbox = await app.inject({ url: '/sim/email/outbox?to=a@example.org' });
    // then
    expect(again.json()).toEqual(first.json());
    expect([other.statusCode, other.json().code]).toEqual([422, 'SIM_IDEMPOTENCY_KEY_REUSED']);
    expect(outbox.json().messages).toHaveLength(1);
  });

  it('refuses an address that is not an email', async () => {
    // given
    const app = await build();
    // when
    const res = await app.inject({
      method: 'POST',
      url: '/sim/email/messages',
      payload: { to: 'nope', subject: 's', body: 'b' },
    });
    // then
    expect([res.statusCode, res.json().code]).toEqual([400, 'SIM_BAD_REQUEST']);
  });
});
