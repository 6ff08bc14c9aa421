import { createPrng } from '../runtime/createPrng';
import { addDays } from '../synthetic/addDays';
import { DEFAULT_OCCUPANCY, OFFICE_OCCUPANCY } from './offices';
import type { Slot } from './schemas';

/** How many days ahead the agenda is open, from tomorrow. @internal */
export const AGENDA_DAYS = 30;
const SLOT_MINUTES = 15;
const TIMES = Array.from({ length: 20 }, (_, i) => {
  const minutes = 9 * 60 + i * SLOT_MINUTES; // 09:00 to 13:45, every 15 minutes
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
});

/** The office agenda: which slots exist, which are free, and the ones booked here. @internal */
export interface Agenda {
  /** Free slots of an office on a date, in time order. */
  freeSlots(officeId: string, date: string, today: string): Slot[];
  /** The slot a slotId names if it exists in the open agenda, whether free or not. */
  findSlot(slotId: string, today: string): (Slot & { officeId: string }) | undefined;
  isFree(slot: Slot & { officeId: string }): boolean;
  take(slotId: string): void;
  release(slotId: string): void;
}

/**
 * Slots exist on weekdays from 09:00 to 14:00, every 15 minutes, from tomorrow
 * to {@link AGENDA_DAYS} days ahead. Whether other people hold a slot is a
 * seeded die per slot, so it needs no storage and is the same on every run;
 * bookings made through the simulator are kept on top.
 * @internal
 */
export function createAgenda(seed: string | number): Agenda {
  const booked = new Set<string>();
  const heldByOthers = (officeId: string, date: string, time: string) =>
    createPrng(seed, 'slot', officeId, date, time).next() < (OFFICE_OCCUPANCY[officeId] ?? DEFAULT_OCCUPANCY);
  const isOpen = (date: string, today: string) => {
    const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
    return date > today && date <= addDays(today, AGENDA_DAYS) && weekday !== 0 && weekday !== 6;
  };
  const isFree: Agenda['isFree'] = (s) => !booked.has(s.slotId) && !heldByOthers(s.officeId, s.date, s.time);
  return {
    freeSlots: (officeId, date, today) =>
      isOpen(date, today)
        ? TIMES.map((time) => ({ officeId, ...slot(officeId, date, time) }))
            .filter(isFree)
            .map(({ officeId: _, ...s }) => s)
        : [],
    findSlot: (slotId, today) => {
      const m = /^(.+)_(\d{4}-\d{2}-\d{2})_(\d{2})(\d{2})$/.exec(slotId);
      if (m === null || !isOpen(m[2], today) || !TIMES.includes(`${m[3]}:${m[4]}`)) return undefined;
      return { officeId: m[1], ...slot(m[1], m[2], `${m[3]}:${m[4]}`) };
    },
    isFree,
    take: (slotId) => void booked.add(slotId),
    release: (slotId) => void booked.delete(slotId),
  };
}

// helpers
function slot(officeId: string, date: string, time: string): Slot {
  return { slotId: `${officeId}_${date}_${time.replace(':', '')}`, date, time, durationMinutes: SLOT_MINUTES };
}
