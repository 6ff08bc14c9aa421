import { describe, expect, it } from 'vitest';
import { connectorTestKit } from '../test/connectorTestKit';
import { flakyFetch } from '../test/flakyFetch';
import { affiliationGetCitizen } from './worker';

const kit = connectorTestKit(affiliationGetCitizen, new URL('./affiliation-get-citizen.bpmn', import.meta.url));

describe('affiliation.get-citizen (real engine, camunda client and simulator)', () => {
  it('completes with the citizen, and nothing the contract leaves out', async () => {
    // given / when
    const { result: id } = await kit.withWorker(async () => {
      const id = await kit.start({ citizenId: ' 99000001c ' });
      await kit.landed(id);
      return id;
    });
    // then
    expect(await kit.engine.userTasks(id)).toEqual(['Done']);
    const { citizen } = (await kit.variables(id)) as { citizen: Record<string, unknown> };
    expect(citizen).toEqual({
      id: '99000001C',
      givenName: 'Lucía',
      fullName: 'Lucía Ejemplo Prueba',
      address: {
        street: 'Calle Mayor',
        number: '12',
        floor: '2º A',
        postcode: '28013',
        municipality: 'Madrid',
        province: 'Madrid',
      },
      phone: '+34600000001',
      email: 'lucia.ejemplo1@example.org',
      affiliated: true,
      protectedPerson: false,
      preferredLanguage: 'es',
      bankAccountMasked: 'ES** **** **** **** **** 0001',
    });
  });

  it('routes CITIZEN_NOT_FOUND for an unknown id, a wrong check letter and a malformed id', async () => {
    // given / when
    const { result: landed, events } = await kit.withWorker(async () => {
      const ids = await Promise.all(['99000099A', '99000001A', 'X'].map((citizenId) => kit.start({ citizenId })));
      return Promise.all(ids.map((id) => kit.landed(id)));
    });
    // then
    expect(landed).toEqual(['Caught_CITIZEN_NOT_FOUND', 'Caught_CITIZEN_NOT_FOUND', 'Caught_CITIZEN_NOT_FOUND']);
    expect(events.map((e) => e.type === 'bpmn-error' && e.message).sort()).toEqual(
      [
        "'X' is not a valid DNI/NIF",
        "'99000001A' is not a valid DNI/NIF (check letter)",
        "no citizen '99000099A'",
      ].sort(),
    );
  });

  it('retries a 503 and a lost answer, then completes', async () => {
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
    // then
    expect(events.map((e) => e.type)).toEqual(['failure', 'failure', 'completed']);
    expect(flaky.seen.every((s) => s.method === 'GET' && s.idempotencyKey === undefined)).toBe(true);
    expect(((await kit.variables(id)) as { citizen: { phone: unknown } }).citizen.phone).toBeNull();
  });

  it('ends in an incident when the system stays down', async () => {
    // given the affiliation system answering 503 to everything
    // when
    const { result: incident, events } = await kit.withWorker(
      async () => kit.incident(await kit.start({ citizenId: '99000001C' })),
      { system: 'down' },
    );
    // then
    expect(incident).toMatchObject({ activityId: 'CallConnector', incidentType: 'failedExternalTask' });
    expect(incident.incidentMessage).toContain('503 SIM_UNAVAILABLE');
    expect(events.map((e) => e.type === 'failure' && e.retries)).toEqual([3, 2, 1, 0]);
  });
});
