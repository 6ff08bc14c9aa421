import { defineConnector } from '../src/defineConnector';
import { BusinessError, PermanentFailure } from '../src/failures';
import { path } from '../src/ServiceClient';
import template from './template.json' with { type: 'json' };
import type { AppointmentsFindSlotsInputs, AppointmentsFindSlotsOutputs } from './types.generated';

type Office = AppointmentsFindSlotsOutputs['office'] & { subjects: string[] };
type Slot = AppointmentsFindSlotsOutputs['slot'];

/** How many slots to offer, and how far the agenda reaches (days after today). */
const WANTED = 5;
const AGENDA_DAYS = 30;

/**
 * `appointments.find-slots`: the earliest free slots (up to 5) of a CAISS office, day by day from `fromDate`
 * (never before tomorrow) to the end of the 30-day agenda. No slot at all is `NO_FREE_SLOTS`; an office the
 * system does not know is a modelling error (an incident): offices come from a list, not from free text.
 * "Today" is Madrid's, from the runner's clock.
 * @public
 */
export const appointmentsFindSlots = defineConnector<AppointmentsFindSlotsInputs, AppointmentsFindSlotsOutputs>({
  name: 'appointments-find-slots',
  service: 'appointments',
  template,
  async run(inputs, { system, now }) {
    const { offices } = await system.get<{ offices: Office[] }>('/offices');
    const wanted = inputs.officeId.trim().toUpperCase();
    const office = offices.find((o) => o.id.toUpperCase() === wanted);
    if (!office) throw new PermanentFailure(`no office '${inputs.officeId}' in the appointments system`);
    if (!office.subjects.includes(inputs.subject))
      throw new BusinessError('NO_FREE_SLOTS', `office ${office.id} does not attend '${inputs.subject}'`);
    const today = madridDate(now());
    const first = inputs.fromDate && inputs.fromDate > addDays(today, 1) ? inputs.fromDate : addDays(today, 1);
    const last = addDays(today, AGENDA_DAYS);
    const slots: Slot[] = [];
    for (let day = first; day <= last && slots.length < WANTED; day = addDays(day, 1)) {
      const answer = await system.get<{ slots: Slot[] }>(path`/offices/${office.id}/slots`, { date: day });
      slots.push(...answer.slots);
    }
    if (slots.length === 0)
      throw new BusinessError('NO_FREE_SLOTS', `office ${office.id} has no free slot from ${first} to ${last}`);
    const offered = slots
      .slice(0, WANTED)
      .map((s) => ({ slotId: s.slotId, date: s.date, time: s.time, durationMinutes: s.durationMinutes }));
    return {
      office: { id: office.id, name: office.name, address: { ...office.address, floor: office.address.floor ?? null } },
      slots: offered,
      slot: offered[0]!,
    };
  },
});

// helpers

/** YYYY-MM-DD of an instant in Madrid, where the offices are. */
function madridDate(at: Date): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Madrid',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(at);
}

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
