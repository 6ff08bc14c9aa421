import { describe, expect, it } from 'vitest';
import { connectorTestKit } from '../test/connectorTestKit';
import { flakyFetch } from '../test/flakyFetch';
import { subsidiesEhicRequest } from './worker';

const kit = connectorTestKit(subsidiesEhicRequest, new URL('./subsidies-ehic-request.bpmn', import.meta.url));

describe('subsidies.ehic-request (real engine, camunda client and simulator)', () => {
  it('requests the card and completes with the request', async () => {
    // given / when
    const { result: id } = await kit.withWorker(async () => {
      const id = await kit.start({ citizenId: '99000001C' });
      await kit.landed(id);
      return id;
    });
    // then
    const { ehicRequest } = (await kit.variables(id)) as { ehicRequest: Record<string, unknown> };
    expect(ehicRequest).toEqual({
      requestId: expect.any(String),
      state: 'issued',
      estimatedDelivery: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      cardValidUntil: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
    });
    const status = await kit.simGet('subsidies', '/citizens/99000001C/european-health-card');
    expect(status.card.validUntil).toBe(ehicRequest.cardValidUntil);
  });

  it('routes NOT_ELIGIBLE and CARD_STILL_VALID; an unknown citizen (not in this contract) is an incident', async () => {
    // given / when
    const { result } = await kit.withWorker(async () => {
      const ids = await Promise.all([kit.start({ citizenId: '99000003E' }), kit.start({ citizenId: '99000011F' })]);
      const unknown = await kit.start({ citizenId: '99000099A' });
      return { landed: await Promise.all(ids.map((id) => kit.landed(id))), incident: await kit.incident(unknown) };
    });
    // then
    expect(result.landed).toEqual(['Caught_NOT_ELIGIBLE', 'Caught_CARD_STILL_VALID']);
    expect(result.incident.incidentMessage).toContain('404 SIM_CITIZEN_NOT_FOUND');
  });

  it('retries a 503 and a lost answer, and files one request', async () => {
    // given
    const flaky = flakyFetch(['fault', 'lose']);
    // when
    const { result: id, events } = await kit.withWorker(
      async () => {
        const id = await kit.start({ citizenId: '99000008G' });
        await kit.landed(id);
        return id;
      },
      { fetch: flaky.fetch },
    );
    // then: without the Idempotency-Key the retry would meet the card the lost request issued (CARD_STILL_VALID)
    expect(events.map((e) => e.type)).toEqual(['failure', 'failure', 'completed']);
    expect(await kit.engine.userTasks(id)).toEqual(['Done']);
    expect(new Set(flaky.seen.map((s) => s.idempotencyKey)).size).toBe(1);
  });

  it('ends in an incident when the system stays down', async () => {
    // given the subsidies system answering 503 to everything
    // when
    const { result: incident, events } = await kit.withWorker(
      async () => kit.incident(await kit.start({ citizenId: '99000009M' })),
      { system: 'down' },
    );
    // then
    expect(incident).toMatchObject({ activityId: 'CallConnector', incidentType: 'failedExternalTask' });
    expect(events.map((e) => e.type === 'failure' && e.retries)).toEqual([3, 2, 1, 0]);
  });
});
