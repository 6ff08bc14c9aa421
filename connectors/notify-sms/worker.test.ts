import { describe, expect, it } from 'vitest';
import { connectorTestKit } from '../test/connectorTestKit';
import { flakyFetch } from '../test/flakyFetch';
import { notifySms } from './worker';

const kit = connectorTestKit(notifySms, new URL('./notify-sms.bpmn', import.meta.url));

describe('notify.sms (real engine, camunda client and simulator)', () => {
  it('words the notice in the language asked and sends it', async () => {
    // given
    const to = '+34600000001';
    const params = { locator: 'AB12CD', date: '2026-03-04', time: '09:15', officeName: 'CAISS Madrid Centro' };
    // when
    const { result: id } = await kit.withWorker(async () => {
      const id = await kit.start({ to, template: 'appointment-confirmation', language: 'gl', params });
      await kit.landed(id);
      return id;
    });
    // then
    const { messageId } = (await kit.variables(id)) as { messageId: string };
    const latest = await kit.simGet('sms', `/outbox/latest?to=${encodeURIComponent(to)}`);
    expect(latest).toMatchObject({
      messageId,
      text: 'Cita o 04/03/2026 ás 09:15 en CAISS Madrid Centro. Localizador AB12CD.',
    });
  });

  it('has no business errors: a template SMS does not send is an incident at once, not retried', async () => {
    // given `benefit-certificate` goes by email only (the template's input schema says so)
    // when
    const { result: incident, events } = await kit.withWorker(async () => {
      const id = await kit.start({
        to: '+34600000002',
        template: 'benefit-certificate',
        language: 'es',
        params: { documentId: 'DOC-1', downloadUrl: 'http://x' },
      });
      return kit.incident(id);
    });
    // then
    expect(incident.incidentMessage).toContain(
      'notify-sms: invalid input variables: template must be equal to one of the allowed values',
    );
    expect(events.map((e) => e.type === 'failure' && e.retries)).toEqual([0]);
  });

  it('retries a 503 and a lost answer, and sends one SMS', async () => {
    // given
    const to = '+34600000009';
    const flaky = flakyFetch(['fault', 'lose']);
    // when
    const { result: id, events } = await kit.withWorker(
      async () => {
        const id = await kit.start({
          to,
          template: 'bank-details-changed',
          language: 'ca',
          params: { ibanLast4: '4321' },
        });
        await kit.landed(id);
        return id;
      },
      { fetch: flaky.fetch },
    );
    // then
    expect(events.map((e) => e.type)).toEqual(['failure', 'failure', 'completed']);
    const { messages } = await kit.simGet('sms', `/outbox?to=${encodeURIComponent(to)}`);
    expect(messages).toHaveLength(1);
    expect(messages[0].text).toBe(
      'Cobrareu les vostres prestacions al compte acabat en 4321. Si no heu demanat aquest canvi, contacteu amb la Seguretat Social.',
    );
    expect(((await kit.variables(id)) as { messageId: string }).messageId).toBe(messages[0].messageId);
    expect(new Set(flaky.seen.map((s) => s.idempotencyKey)).size).toBe(1);
  });

  it('ends in an incident when the gateway stays down', async () => {
    // given the SMS gateway answering 503 to everything
    // when
    const { result: incident, events } = await kit.withWorker(
      async () => {
        const id = await kit.start({
          to: '+34600000013',
          template: 'address-changed',
          params: {
            street: 'Calle Mayor',
            number: '1',
            postcode: '28013',
            municipality: 'Madrid',
            effectiveDate: '2026-03-02',
          },
        });
        return kit.incident(id);
      },
      { system: 'down' },
    );
    // then
    expect(incident).toMatchObject({ activityId: 'CallConnector', incidentType: 'failedExternalTask' });
    expect(incident.incidentMessage).toContain('503 SIM_UNAVAILABLE');
    expect(events.map((e) => e.type === 'failure' && e.retries)).toEqual([3, 2, 1, 0]);
  });
});
