import { CITIZEN_NOT_FOUND_CODES, citizenIdOrNotFound } from '../src/citizenId';
import { defineConnector } from '../src/defineConnector';
import { path } from '../src/ServiceClient';
import template from './template.json' with { type: 'json' };
import type { AppointmentsBookInputs, AppointmentsBookOutputs } from './types.generated';

type Appointment = AppointmentsBookOutputs['appointment'];

/**
 * `appointments.book`: books a slot for the citizen. At level 0 the citizen typed their document, so an id
 * nobody has is the business answer `CITIZEN_NOT_FOUND`; a slot someone else took meanwhile is `SLOT_TAKEN`.
 * A retry of the task sends the same Idempotency-Key, so it never books a second slot.
 * @public
 */
export const appointmentsBook = defineConnector<AppointmentsBookInputs, AppointmentsBookOutputs>({
  name: 'appointments-book',
  service: 'appointments',
  template,
  async run(inputs, { system }) {
    const citizenId = citizenIdOrNotFound(inputs.citizenId);
    const booked = await system.post<Appointment>(
      path`/appointments`,
      { citizenId, officeId: inputs.officeId.trim(), subject: inputs.subject, slotId: inputs.slotId.trim() },
      { ...CITIZEN_NOT_FOUND_CODES, SIM_SLOT_TAKEN: 'SLOT_TAKEN', SIM_SLOT_NOT_FOUND: 'SLOT_TAKEN' },
    );
    return {
      appointment: {
        appointmentId: booked.appointmentId,
        locator: booked.locator,
        citizenId: booked.citizenId,
        officeId: booked.officeId,
        officeName: booked.officeName,
        slotId: booked.slotId,
        date: booked.date,
        time: booked.time,
        subject: booked.subject,
      },
    };
  },
});
