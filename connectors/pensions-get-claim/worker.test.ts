import { describe, expect, it } from 'vitest';
import { connectorTestKit } from '../test/connectorTestKit';
import { flakyFetch } from '../test/flakyFetch';
import { pensionsGetClaim } from './worker';

const kit = connectorTestKit(pensionsGetClaim, new URL('./pensions-get-claim.bpmn', import.meta.url));

describe('pensions.get-claim (real engine, camunda client and simulator)', () => {
  it('completes with the claim and its required documents in one text', async () => {
    // given / when
    const { result: id } = await kit.withWorker(async () => {
      const id = await kit.start({ citizenId: '99000004T', reference: ' exp-2026-000004 ' });
      await kit.landed(id);
      return id;
    });
    // then
    const { claim } = (await kit.variables(id)) as {
      claim: {
        reference: string;
        state: string;
        requiredDocuments: string[];
        requiredDocumentsText: string;
        outcome: unknown;
      };
    };
    expect(claim).toMatchObject({
      reference: 'EXP-2026-000004',
      benefitType: 'widowhood',
      state: 'needs_documents',
      outcome: null,
      resolvedAt: null,
    });
    expect(claim.requiredDocuments).toHaveLength(2);
    expect(claim.requiredDocumentsText).toBe(claim.requiredDocuments.join('; '));
    expect(claim).not.toHaveProperty('citizenId');
    expect(claim).not.toHaveProperty('history');
  });

  it("answers CLAIM_NOT_FOUND alike for an unknown, a malformed and another citizen's reference", async () => {
    // given / when
    const { result, events } = await kit.withWorker(async () => {
      const ids = await Promise.all([
        kit.start({ citizenId: '99000001C', reference: 'EXP-2099-999999' }),
        kit.start({ citizenId: '99000001C', reference: 'nonsense' }),
        kit.start({ citizenId: '99000001C', reference: 'EXP-2026-000005' }),
      ]);
      return Promise.all(ids.map((id) => kit.landed(id)));
    });
    // then
    expect(result).toEqual(['Caught_CLAIM_NOT_FOUND', 'Caught_CLAIM_NOT_FOUND', 'Caught_CLAIM_NOT_FOUND']);
    expect(events.map((e) => e.type === 'bpmn-error' && e.message).sort()).toEqual([
      "no claim 'EXP-2026-000005' for this citizen",
      "no claim 'EXP-2099-999999' for this citizen",
      "no claim 'NONSENSE' for this citizen",
    ]);
  });

  it('retries a 503 and a lost answer, then completes', async () => {
    // given
    const flaky = flakyFetch(['fault', 'lose']);
    // when
    const { result: id, events } = await kit.withWorker(
      async () => {
        const id = await kit.start({ citizenId: '99000007A', reference: 'EXP-2025-000007' });
        await kit.landed(id);
        return id;
      },
      { fetch: flaky.fetch },
    );
    // then
    expect(events.map((e) => e.type)).toEqual(['failure', 'failure', 'completed']);
    expect(((await kit.variables(id)) as { claim: unknown }).claim).toMatchObject({
      state: 'resolved',
      outcome: 'denied',
      outcomeReason: expect.any(String),
    });
  });

  it('ends in an incident when the system stays down', async () => {
    // given the pensions system answering 503 to everything
    // when
    const { result: incident, events } = await kit.withWorker(
      async () => kit.incident(await kit.start({ citizenId: '99000005R', reference: 'EXP-2026-000005' })),
      { system: 'down' },
    );
    // then
    expect(incident).toMatchObject({ activityId: 'CallConnector', incidentType: 'failedExternalTask' });
    expect(events.map((e) => e.type === 'failure' && e.retries)).toEqual([3, 2, 1, 0]);
  });
});
