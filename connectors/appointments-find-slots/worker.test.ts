import { describe, expect, it } from 'vitest';
import { connectorTestKit } from '../test/connectorTestKit';
import { flakyFetch } from '../test/flakyFetch';
import { appointmentsFindSlots } from './worker';

const kit = connectorTestKit(appointmentsFindSlots, new URL('./appointments-find-slots.bpmn', import.meta.url));

describe('appointments.find-slots (real engine, camunda client and simulator)', () => {
  it('offers the five earliest free slots from tomorrow (or fromDate), earliest first', async () => {
    // given
    const inAWeek = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
    // when
    const { result: ids } = await kit.withWorker(async () => {
      const ids = await Promise.all([
        kit.start({ officeId: 'CAISS-MAD-01', subject: 'pensions', fromDate: null }),
        kit.start({ officeId: 'caiss-bio-01', subject: 'general', fromDate: inAWeek }),
      ]);
      await Promise.all(ids.map((id) => kit.landed(id)));
      return ids;
    });
    // then
    const [madrid, bilbao] = await Promise.all(
      ids.map(
        async (id) =>
          (await kit.variables(id)) as {
            office: { id: string };
            slots: Array<{ slotId: string; date: string; time: string }>;
            slot: unknown;
          },
      ),
    );
    expect(madrid!.office).toMatchObject({
      id: 'CAISS-MAD-01',
      name: expect.any(String),
      address: expect.objectContaining({ postcode: '28013' }),
    });
    expect(madrid!.slots).toHaveLength(5);
    expect(madrid!.slot).toEqual(madrid!.slots[0]);
    const order = madrid!.slots.map((s) => `${s.date} ${s.time}`);
    expect(order).toEqual([...order].sort());
    expect(madrid!.slots[0]!.date > new Date().toISOString().slice(0, 10)).toBe(true);
    expect(bilbao!.office.id).toBe('CAISS-BIO-01');
    expect(bilbao!.slots.every((s) => s.date >= inAWeek)).toBe(true);
  });

  it('routes NO_FREE_SLOTS for an office whose agenda is full', async () => {
    // given / when
    const { result, events } = await kit.withWorker(async () =>
      kit.landed(await kit.start({ officeId: 'CAISS-MAD-02', subject: 'general' })),
    );
    // then
    expect(result).toBe('Caught_NO_FREE_SLOTS');
    expect(events[0]).toMatchObject({
      type: 'bpmn-error',
      message: expect.stringMatching(
        /^office CAISS-MAD-02 has no free slot from \d{4}-\d{2}-\d{2} to \d{4}-\d{2}-\d{2}$/,
      ),
    });
  });

  it('retries a 503 and a lost answer, then completes', async () => {
    // given
    const flaky = flakyFetch(['pass', 'fault', 'lose']);
    // when
    const { events } = await kit.withWorker(
      async () => kit.landed(await kit.start({ officeId: 'CAISS-VLC-01', subject: 'affiliation' })),
      { fetch: flaky.fetch },
    );
    // then
    expect(events.map((e) => e.type)).toEqual(['failure', 'failure', 'completed']);
  });

  it('ends in an incident when the system stays down', async () => {
    // given the appointments system answering 503 to everything
    // when
    const { result: incident, events } = await kit.withWorker(
      async () => kit.incident(await kit.start({ officeId: 'CAISS-SVQ-01', subject: 'pensions' })),
      { system: 'down' },
    );
    // then
    expect(incident).toMatchObject({ activityId: 'CallConnector', incidentType: 'failedExternalTask' });
    expect(events.map((e) => e.type === 'failure' && e.retries)).toEqual([3, 2, 1, 0]);
  });
});
