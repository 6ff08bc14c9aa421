import type { FastifyPluginAsync } from 'fastify';
import { citizenParamsSchema, type CitizenParams } from '../affiliation/schemas';
import {
  appointmentCancelled,
  appointmentNotFound,
  noFreeSlots,
  officeNotFound,
  slotNotFound,
  slotTaken,
} from '../errors';
import { createPrng } from '../runtime/createPrng';
import { errorResponses, idempotencyHeaders, mutationErrorResponses } from '../runtime/commonSchemas';
import { setUpSimService, type SimServiceOptions } from '../runtime/setUpSimService';
import { addDays } from '../synthetic/addDays';
import { findCitizen } from '../synthetic/findCitizen';
import { AGENDA_DAYS, createAgenda } from './createAgenda';
import { OFFICES } from './offices';
import {
  appointmentListSchema,
  appointmentParamsSchema,
  appointmentSchema,
  bookingBodySchema,
  officeListSchema,
  officeParamsSchema,
  officeQuerySchema,
  slotListSchema,
  slotQuerySchema,
  type Appointment,
  type AppointmentList,
  type AppointmentParams,
  type BookingBody,
  type Office,
  type OfficeList,
  type OfficeParams,
  type OfficeQuery,
  type Slot,
  type SlotList,
  type SlotQuery,
} from './schemas';

/**
 * Simulated appointment system (cita previa): offices, free slots, booking and
 * cancelling. Booking is idempotent by Idempotency-Key, like every mutation
 * here. Mount under `/sim/appointments`.
 * @public
 */
export const appointmentsSimulator: FastifyPluginAsync<SimServiceOptions> = async (app, options) => {
  const { world, now, today } = setUpSimService(app, 'appointments', options);
  for (const schema of [officeListSchema, slotListSchema, appointmentSchema, appointmentListSchema])
    app.addSchema(schema);
  const agenda = createAgenda(world.seed);
  const appointments = new Map<string, Appointment>();
  const findOffice = (id: string): Office => {
    const office = OFFICES.find((o) => o.id === id.toUpperCase());
    if (office === undefined) throw officeNotFound(id);
    return office;
  };
  const findAppointment = (id: string): Appointment => {
    const appointment = appointments.get(id.toUpperCase());
    if (appointment === undefined) throw appointmentNotFound(id);
    return appointment;
  };

  app.get<{ Querystring: OfficeQuery }>(
    '/offices',
    {
      schema: {
        querystring: officeQuerySchema,
        response: { 200: { $ref: 'sim-appointments-offices#' }, ...errorResponses() },
      },
    },
    async (request): Promise<OfficeList> => {
      const province = request.query.province?.toLowerCase();
      return {
        offices: OFFICES.filter((o) => province === undefined || o.address.province.toLowerCase() === province),
      };
    },
  );

  app.get<{ Params: OfficeParams; Querystring: SlotQuery }>(
    '/offices/:officeId/slots',
    {
      schema: {
        params: officeParamsSchema,
        querystring: slotQuerySchema,
        response: { 200: { $ref: 'sim-appointments-slots#' }, ...errorResponses(404) },
      },
    },
    async (request): Promise<SlotList> => {
      const office = findOffice(request.params.officeId);
      return {
        officeId: office.id,
        date: request.query.date,
        slots: agenda.freeSlots(office.id, request.query.date, today()),
      };
    },
  );

  app.post<{ Body: BookingBody }>(
    '/appointments',
    {
      schema: {
        headers: idempotencyHeaders,
        body: bookingBodySchema,
        response: { 201: { $ref: 'sim-appointments-appointment#' }, ...mutationErrorResponses(404, 409) },
      },
    },
    async (request, reply): Promise<Appointment> => {
      const { citizenId, officeId, subject, slotId, date } = request.body;
      const citizen = findCitizen(world, citizenId);
      const office = findOffice(officeId);
      const slot = slotId === undefined ? firstFree(office.id, date) : chosen(office.id, slotId);
      agenda.take(slot.slotId);
      const appointmentId = world.nextId('CITA');
      const appointment: Appointment = {
        appointmentId,
        locator: locator(world.seed, appointmentId),
        citizenId: citizen.id,
        officeId: office.id,
        officeName: office.name,
        ...slot,
        subject,
        state: 'booked',
        bookedAt: now().toISOString(),
        cancelledAt: null,
      };
      appointments.set(appointmentId, appointment);
      reply.code(201);
      return appointment;
    },
  );

  app.get<{ Params: AppointmentParams }>(
    '/appointments/:appointmentId',
    {
      schema: {
        params: appointmentParamsSchema,
        response: { 200: { $ref: 'sim-appointments-appointment#' }, ...errorResponses(404) },
      },
    },
    async (request): Promise<Appointment> => findAppointment(request.params.appointmentId),
  );

  app.delete<{ Params: AppointmentParams }>(
    '/appointments/:appointmentId',
    {
      schema: {
        params: appointmentParamsSchema,
        headers: idempotencyHeaders,
        response: { 200: { $ref: 'sim-appointments-appointment#' }, ...mutationErrorResponses(404, 409) },
      },
    },
    async (request): Promise<Appointment> => {
      const appointment = findAppointment(request.params.appointmentId);
      if (appointment.state === 'cancelled') throw appointmentCancelled(appointment.appointmentId);
      agenda.release(appointment.slotId);
      Object.assign(appointment, { state: 'cancelled', cancelledAt: now().toISOString() });
      return appointment;
    },
  );

  app.get<{ Params: CitizenParams }>(
    '/citizens/:citizenId/appointments',
    {
      schema: {
        params: citizenParamsSchema,
        response: { 200: { $ref: 'sim-appointments-appointments#' }, ...errorResponses(404) },
      },
    },
    async (request): Promise<AppointmentList> => {
      const citizen = findCitizen(world, request.params.citizenId);
      return {
        citizenId: citizen.id,
        appointments: [...appointments.values()].filter((a) => a.citizenId === citizen.id),
      };
    },
  );

  // helpers (closures over the agenda)
  function chosen(officeId: string, slotId: string): Slot {
    const slot = agenda.findSlot(slotId, today());
    if (slot === undefined || slot.officeId !== officeId) throw slotNotFound(slotId);
    if (!agenda.isFree(slot)) throw slotTaken(slotId);
    const { officeId: _, ...rest } = slot;
    return rest;
  }

  function firstFree(officeId: string, date: string | undefined): Slot {
    const days = date !== undefined ? [date] : Array.from({ length: AGENDA_DAYS }, (_, i) => addDays(today(), i + 1));
    for (const day of days) {
      const [slot] = agenda.freeSlots(officeId, day, today());
      if (slot !== undefined) return slot;
    }
    throw noFreeSlots(officeId, date === undefined ? `in the next ${AGENDA_DAYS} days` : `on ${date}`);
  }
};

// helpers
const LOCATOR_CHARS = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** Six characters without look-alikes (no I/O/0/1), from the seed and the id: deterministic. */
function locator(seed: string | number, appointmentId: string): string {
  const r = createPrng(seed, 'locator', appointmentId);
  return Array.from({ length: 6 }, () => r.pick([...LOCATOR_CHARS])).join('');
}
