import { describe, expect, it } from 'vitest';
import { connectorTestKit } from '../test/connectorTestKit';
import { flakyFetch } from '../test/flakyFetch';
import { notifyEmail } from './worker';

const kit = connectorTestKit(notifyEmail, new URL('./notify-email.bpmn', import.meta.url));

describe('notify.email (real engine, camunda client and simulator)', () => {
  it('words the notice (es when no language) and sends it', async () => {
    // given
    const to = 'lucia.ejemplo1@example.org';
    // when
    const { result: id } = await kit.withWorker(async () => {
      const id = await kit.start({
        to,
        template: 'ehic-provisional-certificate',
        params: { fullName: 'Lucía Ejemplo Prueba', cardValidUntil: '2028-10-10' },
      });
      await kit.landed(id);
      return id;
    });
    // then
    const { messageId } = (await kit.variables(id)) as { messageId: string };
    const latest = await kit.simGet('email', `/outbox/latest?to=${encodeURIComponent(to)}`);
    expect(latest).toMatchObject({
      messageId,
      subject: 'Certificado provisional sustitutorio de la Tarjeta Sanitaria Europea',
    });
    expect(latest.body).toMatch(
      /^Hola:\n\nLe enviamos el Certificado Provisional Sustitutorio \(CPS\) de la Tarjeta Sanitaria Europea de Lucía Ejemplo Prueba, .* hasta el 10\/10\/2028\./,
    );
    expect(latest.body).toMatch(/\n\nSeguridad Social\n$/);
  });

  it('has no business errors: a missing param is an incident at once, never an email with a hole', async () => {
    // given `benefit-certificate` needs downloadUrl
    // when
    const { result: incident, events } = await kit.withWorker(async () => {
      const id = await kit.start({
        to: 'someone@example.org',
        template: 'benefit-certificate',
        language: 'en',
        params: { documentId: 'DOC-000009' },
      });
      return kit.incident(id);
    });
    // then
    expect(incident.incidentMessage).toBe("message template 'benefit-certificate' needs param 'downloadUrl'");
    expect(events.map((e) => e.type === 'failure' && e.retries)).toEqual([0]);
    expect((await kit.simGet('email', '/outbox?to=someone%40example.org')).messages).toEqual([]);
  });

  it('retries a 503 and a lost answer, and sends one email', async () => {
    // given
    const to = 'antonio.simulado9@example.org';
    const flaky = flakyFetch(['fault', 'lose']);
    // when
    const { events } = await kit.withWorker(
      async () => {
        const id = await kit.start({
          to,
          template: 'bank-details-rejected',
          language: 'eu',
          params: { ibanLast4: '0009', reason: 'not-holder' },
        });
        await kit.landed(id);
      },
      { fetch: flaky.fetch },
    );
    // then
    expect(events.map((e) => e.type)).toEqual(['failure', 'failure', 'completed']);
    const { messages } = await kit.simGet('email', `/outbox?to=${encodeURIComponent(to)}`);
    expect(messages).toHaveLength(1);
    expect(messages[0].subject).toBe('Ez da zure banku-kontua aldatu');
    expect(messages[0].body).toContain('0009 zenbakiaz amaitzen denera aldatu: ez zaude titular gisa agertzen.');
  });

  it('ends in an incident when the mail server stays down', async () => {
    // given the email system answering 503 to everything
    // when
    const { result: incident, events } = await kit.withWorker(
      async () => {
        const id = await kit.start({
          to: 'x@example.org',
          template: 'benefit-certificate',
          params: { documentId: 'DOC-1', downloadUrl: 'http://127.0.0.1/doc' },
        });
        return kit.incident(id);
      },
      { system: 'down' },
    );
    // then
    expect(incident).toMatchObject({ activityId: 'CallConnector', incidentType: 'failedExternalTask' });
    expect(events.map((e) => e.type === 'failure' && e.retries)).toEqual([3, 2, 1, 0]);
  });
});
