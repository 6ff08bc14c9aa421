import { describe, expect, it } from 'vitest';
import { connectorTestKit } from '../test/connectorTestKit';
import { flakyFetch } from '../test/flakyFetch';
import { subsidiesEhicEligibility } from './worker';

const kit = connectorTestKit(subsidiesEhicEligibility, new URL('./subsidies-ehic-eligibility.bpmn', import.meta.url));

describe('subsidies.ehic-eligibility (real engine, camunda client and simulator)', () => {
  it('completes with the right and the card held', async () => {
    // given / when
    const { result: ids } = await kit.withWorker(async () => {
      const ids = await Promise.all([kit.start({ citizenId: '99000001C' }), kit.start({ citizenId: '99000011F' })]);
      await Promise.all(ids.map((id) => kit.landed(id)));
      return ids;
    });
    // then
    const [none, valid] = await Promise.all(
      ids.map(async (id) => ((await kit.variables(id)) as { ehic: unknown }).ehic),
    );
    expect(none).toEqual({
      eligible: true,
      reason: 'affiliated',
      cardState: 'none',
      cardValidUntil: null,
      canRequest: true,
    });
    expect(valid).toEqual({
      eligible: true,
      reason: expect.any(String),
      cardState: 'valid',
      cardValidUntil: '2029-12-31',
      canRequest: false,
    });
  });

  it('routes NOT_ELIGIBLE (message: the reason) and CITIZEN_NOT_FOUND', async () => {
    // given / when
    const { result, events } = await kit.withWorker(async () => {
      const ids = await Promise.all([kit.start({ citizenId: '99000003E' }), kit.start({ citizenId: '99000099A' })]);
      return Promise.all(ids.map((id) => kit.landed(id)));
    });
    // then
    expect(result).toEqual(['Caught_NOT_ELIGIBLE', 'Caught_CITIZEN_NOT_FOUND']);
    expect(events.find((e) => e.type === 'bpmn-error' && e.code === 'NOT_ELIGIBLE')).toMatchObject({
      message: 'not_affiliated',
    });
  });

  it('retries a 503 and a lost answer, then completes', async () => {
    // given
    const flaky = flakyFetch(['fault', 'lose']);
    // when
    const { events } = await kit.withWorker(async () => kit.landed(await kit.start({ citizenId: '99000012P' })), {
      fetch: flaky.fetch,
    });
    // then
    expect(events.map((e) => e.type)).toEqual(['failure', 'failure', 'completed']);
  });

  it('ends in an incident when the system stays down', async () => {
    // given the subsidies system answering 503 to everything
    // when
    const { result: incident, events } = await kit.withWorker(
      async () => kit.incident(await kit.start({ citizenId: '99000001C' })),
      { system: 'down' },
    );
    // then
    expect(incident).toMatchObject({ activityId: 'CallConnector', incidentType: 'failedExternalTask' });
    expect(events.map((e) => e.type === 'failure' && e.retries)).toEqual([3, 2, 1, 0]);
  });
});
