import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { TEST_CITIZENS } from '../synthetic/testCitizens';
import { appointmentsSimulator } from './appointmentsSimulator';

// Monday 1 June 2026: the agenda is open from Tuesday 2 June to 1 July.
const NOW = () => new Date('2026-06-01T10:00:00Z');

async function build(seed = 't') {
  const app = Fastify();
  await app.register(appointmentsSimulator, { prefix: '/sim/appointments', seed, now: NOW, env: {} });
  return app;
}

const slots = (app: Awaited<ReturnType<typeof build>>, office: string, date: string) =>
  app.inject({ url: `/sim/appointments/offices/${office}/slots?date=${date}` }).then((r) => r.json());

describe('appointments simulator (cita previa)', () => {
  it('lists offices, filtered by province', async () => {
    // given
    const app = await build();
    // when
    const all = await app.inject({ url: '/sim/appointments/offices' });
    const madrid = await app.inject({ url: '/sim/appointments/offices?province=madrid' });
    // then
    expect(all.json().offices.length).toBeGreaterThanOrEqual(6);
    expect(madrid.json().offices.map((o: { id: string }) => o.id)).toEqual(['CAISS-MAD-01', 'CAISS-MAD-02']);
  });

  it('gives the same free slots for the same seed, none on weekends, past days or at the full office', async () => {
    // given
    const [a, b] = [await build('s'), await build('s')];
    // when
    const tuesday = await slots(a, 'CAISS-MAD-01', '2026-06-02');
    const same = await slots(b, 'CAISS-MAD-01', '2026-06-02');
    const saturday = await slots(a, 'CAISS-MAD-01', '2026-06-06');
    const past = await slots(a, 'CAISS-MAD-01', '2026-05-29');
    const full = await slots(a, 'CAISS-MAD-02', '2026-06-02');
    // then
    expect(tuesday.slots.length).toBeGreaterThan(0);
    expect(tuesday.slots.length).toBeLessThan(20);
    expect(same).toEqual(tuesday);
    expect([saturday.slots, past.slots, full.slots]).toEqual([[], [], []]);
  });

  it('books a slot once per Idempotency-Key, then the slot is taken', async () => {
    // given
    const app = await build();
    const [slot] = (await slots(app, 'CAISS-MAD-01', '2026-06-03')).slots;
    const booking = {
      citizenId: TEST_CITIZENS.standard,
      officeId: 'CAISS-MAD-01',
      subject: 'pensions',
      slotId: slot.slotId,
    };
    const request = {
      method: 'POST' as const,
      url: '/sim/appointments/appointments',
      headers: { 'idempotency-key': 'b-1' },
      payload: booking,
    };
    // when
    const first = await app.inject(request);
    const retry = await app.inject(request);
    const other = await app.inject({ ...request, headers: { 'idempotency-key': 'b-2' } });
    const mine = await app.inject({ url: `/sim/appointments/citizens/${TEST_CITIZENS.standard}/appointments` });
    // then
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({
      appointmentId: 'CITA-000001',
      state: 'booked',
      date: '2026-06-03',
      time: slot.time,
    });
    expect(first.json().locator).toMatch(/^[A-Z2-9]{6}$/);
    expect(retry.body).toBe(first.body);
    expect([other.statusCode, other.json().code]).toEqual([409, 'SIM_SLOT_TAKEN']);
    expect(mine.json().appointments).toHaveLength(1);
    expect((await slots(app, 'CAISS-MAD-01', '2026-06-03')).slots).not.toContainEqual(slot);
  });

  it('books the first free slot when no slot is given, and answers 409 SIM_NO_FREE_SLOTS at the full office', async () => {
    // given
    const app = await build();
    const base = { citizenId: TEST_CITIZENS.worker, subject: 'general' };
    // when
    const first = await app.inject({
      method: 'POST',
      url: '/sim/appointments/appointments',
      payload: { ...base, officeId: 'CAISS-BCN-01' },
    });
    const full = await app.inject({
      method: 'POST',
      url: '/sim/appointments/appointments',
      payload: { ...base, officeId: 'CAISS-MAD-02' },
    });
    // then
    expect(first.statusCode).toBe(201);
    expect(first.json().date).toBe('2026-06-02');
    expect([full.statusCode, full.json().code]).toEqual([409, 'SIM_NO_FREE_SLOTS']);
  });

  it('refuses unknown offices, slots and citizens with 404', async () => {
    // given
    const app = await build();
    const post = (payload: object) => app.inject({ method: 'POST', url: '/sim/appointments/appointments', payload });
    // when
    const office = await app.inject({ url: '/sim/appointments/offices/CAISS-XXX-01/slots?date=2026-06-02' });
    const slot = await post({
      citizenId: TEST_CITIZENS.standard,
      officeId: 'CAISS-MAD-01',
      subject: 'general',
      slotId: 'CAISS-MAD-01_2026-06-06_0900',
    });
    const citizen = await post({ citizenId: '99000099A', officeId: 'CAISS-MAD-01', subject: 'general' });
    // then
    expect(office.json().code).toBe('SIM_OFFICE_NOT_FOUND');
    expect([slot.statusCode, slot.json().code]).toEqual([404, 'SIM_SLOT_NOT_FOUND']);
    expect([citizen.statusCode, citizen.json().code]).toEqual([404, 'SIM_CITIZEN_NOT_FOUND']);
  });

  it('cancels an appointment, frees its slot, and refuses a second cancel with 409', async () => {
    // given
    const app = await build();
    const booked = await app.inject({
      method: 'POST',
      url: '/sim/appointments/appointments',
      payload: { citizenId: TEST_CITIZENS.standard, officeId: 'CAISS-SVQ-01', subject: 'general', date: '2026-06-04' },
    });
    const { appointmentId, slotId } = booked.json();
    // when
    const cancelled = await app.inject({ method: 'DELETE', url: `/sim/appointments/appointments/${appointmentId}` });
    const again = await app.inject({ method: 'DELETE', url: `/sim/appointments/appointments/${appointmentId}` });
    const state = await app.inject({ url: `/sim/appointments/appointments/${appointmentId}` });
    // then
    expect(cancelled.json()).toMatchObject({ state: 'cancelled', cancelledAt: '2026-06-01T10:00:00.000Z' });
    expect([again.statusCode, again.json().code]).toEqual([409, 'SIM_APPOINTMENT_CANCELLED']);
    expect(state.json().state).toBe('cancelled');
    expect((await slots(app, 'CAISS-SVQ-01', '2026-06-04')).slots.map((s: { slotId: string }) => s.slotId)).toContain(
      slotId,
    );
  });
});
