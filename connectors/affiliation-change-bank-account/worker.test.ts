import { describe, expect, it } from 'vitest';
import { connectorTestKit } from '../test/connectorTestKit';
import { flakyFetch } from '../test/flakyFetch';
import { affiliationChangeBankAccount } from './worker';

const kit = connectorTestKit(
  affiliationChangeBankAccount,
  new URL('./affiliation-change-bank-account.bpmn', import.meta.url),
);
/** A valid Spanish IBAN of bank 9999 (which no entity holds), written as people type it. */
const IBAN = 'es86 9999 0000 1112 3456 9012';

describe('affiliation.change-bank-account (real engine, camunda client and simulator)', () => {
  it('records the account and completes with its masked form only', async () => {
    // given / when
    const { result: id } = await kit.withWorker(async () => {
      const id = await kit.start({ citizenId: '99000009M', iban: IBAN, holderName: 'Antonio Simulado Simulado' });
      await kit.landed(id);
      return id;
    });
    // then
    const { bankChange } = (await kit.variables(id)) as { bankChange: Record<string, unknown> };
    expect(bankChange).toEqual({
      changeId: expect.stringMatching(/^VB-/),
      bankAccountMasked: 'ES** **** **** **** **** 9012',
      bankAccountLast4: '9012',
      effectiveDate: expect.any(String),
    });
    expect(JSON.stringify(await kit.variables(id))).not.toContain('1234569012');
  });

  it('routes INVALID_IBAN (check digits, not Spanish, malformed) and CITIZEN_NOT_FOUND', async () => {
    // given / when
    const { result } = await kit.withWorker(async () => {
      const ids = await Promise.all([
        kit.start({ citizenId: '99000007A', iban: 'ES00 9999 0000 1112 3456 9012', holderName: 'Pedro' }),
        kit.start({ citizenId: '99000007A', iban: 'DE89 3704 0044 0532 0130 00', holderName: 'Pedro' }),
        kit.start({ citizenId: '99000007A', iban: '1234', holderName: 'Pedro' }),
        kit.start({ citizenId: '99000099A', iban: IBAN, holderName: 'Nadie' }),
      ]);
      return Promise.all(ids.map((id) => kit.landed(id)));
    });
    // then
    expect(result).toEqual([
      'Caught_INVALID_IBAN',
      'Caught_INVALID_IBAN',
      'Caught_INVALID_IBAN',
      'Caught_CITIZEN_NOT_FOUND',
    ]);
  });

  it('retries a 503 and a lost answer, and records the change once', async () => {
    // given
    const flaky = flakyFetch(['fault', 'lose']);
    // when
    const { result: id, events } = await kit.withWorker(
      async () => {
        const id = await kit.start({ citizenId: '99000010Y', iban: IBAN, holderName: 'Teresa Ejemplo' });
        await kit.landed(id);
        return id;
      },
      { fetch: flaky.fetch },
    );
    // then
    expect(events.map((e) => e.type)).toEqual(['failure', 'failure', 'completed']);
    expect(new Set(flaky.seen.map((s) => s.idempotencyKey)).size).toBe(1);
    expect(
      ((await kit.variables(id)) as { bankChange: { bankAccountLast4: string } }).bankChange.bankAccountLast4,
    ).toBe('9012');
  });

  it('ends in an incident when the system stays down', async () => {
    // given the affiliation system answering 503 to everything
    // when
    const { result: incident, events } = await kit.withWorker(
      async () => kit.incident(await kit.start({ citizenId: '99000001C', iban: IBAN, holderName: 'Lucía' })),
      { system: 'down' },
    );
    // then
    expect(incident).toMatchObject({ activityId: 'CallConnector', incidentType: 'failedExternalTask' });
    expect(events.map((e) => e.type === 'failure' && e.retries)).toEqual([3, 2, 1, 0]);
  });
});
