import { describe, expect, it } from 'vitest';
import { connectorTestKit } from '../test/connectorTestKit';
import { flakyFetch } from '../test/flakyFetch';
import { appointmentsBook } from './worker';

const kit = connectorTestKit(appointmentsBook, new URL('./appointments-book.bpmn', import.meta.url));

describe('appointments.book (real engine, camunda client and simulator)', () => {
  it('books the slot and completes with the appointment', async () => {
    // given a free slot
    const slot = await freeSlot('CAISS-MAD-01', 0);
    // when
    const { result: id } = await kit.withWorker(async () => {
      const id = await kit.start({
        citizenId: '99000001c',
        officeId: 'CAISS-MAD-01',
        subject: 'pensions',
        slotId: slot.slotId,
      });
      await kit.landed(id);
      return id;
    });
    // then
    expect(await kit.engine.userTasks(id)).toEqual(['Done']);
    const { appointment } = (await kit.variables(id)) as { appointment: Record<string, unknown> };
    expect(appointment).toMatchObject({
      citizenId: '99000001C',
      officeId: 'CAISS-MAD-01',
      slotId: slot.slotId,
      date: slot.date,
      time: slot.time,
      subject: 'pensions',
      locator: expect.stringMatching(/^[A-Z0-9]{6}$/),
    });
    expect((await booked('99000001C')).map((a) => a.appointmentId)).toEqual([appointment.appointmentId]);
  });

  it('routes SLOT_TAKEN and CITIZEN_NOT_FOUND to their boundary events', async () => {
    // given a slot somebody books first
    const slot = await freeSlot('CAISS-BCN-01', 0);
    // when
    const { result: ids, events } = await kit.withWorker(async () => {
      const first = await kit.start({
        citizenId: '99000004T',
        officeId: 'CAISS-BCN-01',
        subject: 'general',
        slotId: slot.slotId,
      });
      await kit.landed(first);
      const ids = await Promise.all([
        kit.start({ citizenId: '99000005R', officeId: 'CAISS-BCN-01', subject: 'general', slotId: slot.slotId }),
        kit.start({ citizenId: '99000099A', officeId: 'CAISS-BCN-01', subject: 'general', slotId: slot.slotId }),
        kit.start({ citizenId: 'not-a-dni', officeId: 'CAISS-BCN-01', subject: 'general', slotId: slot.slotId }),
      ]);
      return Promise.all(ids.map((id) => kit.landed(id)));
    });
    // then
    expect(ids).toEqual(['Caught_SLOT_TAKEN', 'Caught_CITIZEN_NOT_FOUND', 'Caught_CITIZEN_NOT_FOUND']);
    expect(
      events
        .filter((e) => e.type === 'bpmn-error')
        .map((e) => e.type === 'bpmn-error' && e.code)
        .sort(),
    ).toEqual(['CITIZEN_NOT_FOUND', 'CITIZEN_NOT_FOUND', 'SLOT_TAKEN']);
    expect(await booked('99000005R')).toEqual([]);
  });

  it('retries a 503 and a lost answer, and books only once', async () => {
    // given: the first call is refused (503), the second books but its answer is lost, the third gets the replay
    const slot = await freeSlot('CAISS-VGO-01', 0);
    const flaky = flakyFetch(['fault', 'lose']);
    // when
    const { result: id, events } = await kit.withWorker(
      async () => {
        const id = await kit.start({
          citizenId: '99000006W',
          officeId: 'CAISS-VGO-01',
          subject: 'affiliation',
          slotId: slot.slotId,
        });
        await kit.landed(id);
        return id;
      },
      { fetch: flaky.fetch },
    );
    // then the process went on with the one appointment the system holds
    expect(await kit.engine.userTasks(id)).toEqual(['Done']);
    expect(
      events.map((e) => (e.type === 'failure' ? `failure ${e.retries} after ${e.retryTimeout} ms` : e.type)),
    ).toEqual(['failure 3 after 40 ms', 'failure 2 after 80 ms', 'completed']);
    const keys = new Set(flaky.seen.map((s) => s.idempotencyKey));
    expect(flaky.seen.map((s) => s.fault)).toEqual(['fault', 'lose', 'pass']);
    expect(keys.size).toBe(1);
    expect([...keys][0]).toMatch(new RegExp(`^cauce:${id}:CallConnector:`));
    const appointments = await booked('99000006W');
    expect(appointments).toHaveLength(1);
    expect(((await kit.variables(id)) as { appointment: { appointmentId: string } }).appointment.appointmentId).toBe(
      appointments[0]!.appointmentId,
    );
  });

  it('ends in an incident when the system stays down', async () => {
    // given the appointments system answering 503 to everything
    // when
    const { result: incident, events } = await kit.withWorker(
      async () => {
        const id = await kit.start({
          citizenId: '99000007A',
          officeId: 'CAISS-SVQ-01',
          subject: 'general',
          slotId: 'CAISS-SVQ-01_2099-01-05_0900',
        });
        return kit.incident(id);
      },
      { system: 'down' },
    );
    // then after 1 attempt and 3 retries
    expect(incident).toMatchObject({ activityId: 'CallConnector', incidentType: 'failedExternalTask' });
    expect(incident.incidentMessage).toContain('503 SIM_UNAVAILABLE');
    expect(events.map((e) => e.type === 'failure' && e.retries)).toEqual([3, 2, 1, 0]);
  });
});

// helpers

/** The n-th free slot of an office, from tomorrow on. */
async function freeSlot(officeId: string, n: number): Promise<{ slotId: string; date: string; time: string }> {
  for (let day = 1; day <= 30; day++) {
    const date = new Date(Date.now() + day * 86_400_000).toISOString().slice(0, 10);
    const { slots } = await kit.simGet('appointments', `/offices/${officeId}/slots?date=${date}`);
    if (slots.length > n) return slots[n];
  }
  throw new Error(`no free slot at ${officeId}`);
}

async function booked(citizenId: string): Promise<Array<{ appointmentId: string; state: string }>> {
  const { appointments } = await kit.simGet('appointments', `/citizens/${citizenId}/appointments`);
  return appointments.filter((a: { state: string }) => a.state === 'booked');
}
