import { describe, expect, it } from 'vitest';
import { connectorTestKit } from '../test/connectorTestKit';
import { flakyFetch } from '../test/flakyFetch';
import { affiliationChangeAddress } from './worker';

const kit = connectorTestKit(affiliationChangeAddress, new URL('./affiliation-change-address.bpmn', import.meta.url));
const santiago = {
  street: 'Rúa do Vilar',
  number: '7',
  floor: null,
  postcode: '15705',
  municipality: 'Santiago de Compostela',
  province: 'A Coruña',
};

describe('affiliation.change-address (real engine, camunda client and simulator)', () => {
  it('records the address and completes with the change', async () => {
    // given / when
    const { result: id } = await kit.withWorker(async () => {
      const id = await kit.start({ citizenId: '99000004T', address: santiago });
      await kit.landed(id);
      return id;
    });
    // then
    const { addressChange } = (await kit.variables(id)) as { addressChange: Record<string, unknown> };
    expect(addressChange).toEqual({
      changeId: expect.stringMatching(/^VD-/),
      effectiveDate: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
    });
    const citizen = await kit.simGet('affiliation', '/citizens/99000004T');
    expect(citizen.address).toEqual({ ...santiago });
  });

  it('routes INVALID_ADDRESS (saying which field) and CITIZEN_NOT_FOUND', async () => {
    // given / when
    const { result, events } = await kit.withWorker(async () => {
      const ids = await Promise.all([
        kit.start({ citizenId: '99000005R', address: { ...santiago, province: 'Pontevedra' } }),
        kit.start({ citizenId: '99000005R', address: { ...santiago, street: ' ' } }),
        kit.start({ citizenId: '99000005R', address: { ...santiago, province: 'Atlántida' } }),
        kit.start({ citizenId: '99000099A', address: santiago }),
      ]);
      return Promise.all(ids.map((id) => kit.landed(id)));
    });
    // then
    expect(result).toEqual([
      'Caught_INVALID_ADDRESS',
      'Caught_INVALID_ADDRESS',
      'Caught_INVALID_ADDRESS',
      'Caught_CITIZEN_NOT_FOUND',
    ]);
    expect(events.map((e) => e.type === 'bpmn-error' && e.message).sort()).toEqual(
      [
        "'Atlántida' is not a Spanish province",
        "no citizen '99000099A'",
        'postcode 15705 is not in the province of Pontevedra',
        'the address has no street',
      ].sort(),
    );
  });

  it('retries a 503 and a lost answer, and records the change once', async () => {
    // given
    const flaky = flakyFetch(['fault', 'lose']);
    const bilbao = {
      street: 'Kale Nagusia',
      number: '3',
      floor: '1º',
      postcode: '48005',
      municipality: 'Bilbao',
      province: 'Vizcaya',
    };
    // when
    const { result: id, events } = await kit.withWorker(
      async () => {
        const id = await kit.start({ citizenId: '99000005R', address: bilbao });
        await kit.landed(id);
        return id;
      },
      { fetch: flaky.fetch },
    );
    // then: the lost answer's change is the one the process holds (the replay), not a second one
    expect(events.map((e) => e.type)).toEqual(['failure', 'failure', 'completed']);
    expect(new Set(flaky.seen.map((s) => s.idempotencyKey)).size).toBe(1);
    const lost = flaky.seen.findIndex((s) => s.fault === 'lose');
    expect(lost).toBe(1);
    const { addressChange } = (await kit.variables(id)) as { addressChange: { changeId: string } };
    const again = await fetch(`${kit.sims.urls.affiliation}/citizens/99000005R/address-changes`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': flaky.seen[2]!.idempotencyKey! },
      body: JSON.stringify(bilbao),
    });
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(((await again.json()) as { changeId: string }).changeId).toBe(addressChange.changeId);
  });

  it('ends in an incident when the system stays down', async () => {
    // given the affiliation system answering 503 to everything
    // when
    const { result: incident, events } = await kit.withWorker(
      async () => kit.incident(await kit.start({ citizenId: '99000006W', address: santiago })),
      { system: 'down' },
    );
    // then
    expect(incident).toMatchObject({ activityId: 'CallConnector', incidentType: 'failedExternalTask' });
    expect(events.map((e) => e.type === 'failure' && e.retries)).toEqual([3, 2, 1, 0]);
  });
});
