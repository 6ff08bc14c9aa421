import type { FromSchema } from '../runtime/FromSchema';
import { addressSchema } from '../synthetic/schemas';

/** What an appointment is about. @internal */
export const APPOINTMENT_SUBJECTS = ['pensions', 'european_health_card', 'affiliation', 'general'] as const;

/** A CAISS office (Centro de Atención e Información de la Seguridad Social). @internal */
export const officeSchema = {
  type: 'object',
  required: ['id', 'name', 'address', 'subjects'],
  properties: {
    id: { type: 'string' },
    name: { type: 'string' },
    address: addressSchema,
    subjects: { type: 'array', items: { type: 'string', enum: APPOINTMENT_SUBJECTS } },
  },
} as const;
/** @internal */
export type Office = FromSchema<typeof officeSchema>;

/** @internal */
export const officeListSchema = {
  $id: 'sim-appointments-offices',
  type: 'object',
  required: ['offices'],
  properties: { offices: { type: 'array', items: officeSchema } },
} as const;
/** @internal */
export type OfficeList = FromSchema<typeof officeListSchema>;

/** @internal */
export const officeQuerySchema = {
  type: 'object',
  properties: { province: { type: 'string', maxLength: 40 } },
} as const;
/** @internal */
export type OfficeQuery = FromSchema<typeof officeQuerySchema>;

/** @internal */
export const officeParamsSchema = {
  type: 'object',
  required: ['officeId'],
  properties: { officeId: { type: 'string', maxLength: 40 } },
} as const;
/** @internal */
export type OfficeParams = FromSchema<typeof officeParamsSchema>;

/** @internal */
export const slotQuerySchema = {
  type: 'object',
  required: ['date'],
  properties: { date: { type: 'string', format: 'date' } },
} as const;
/** @internal */
export type SlotQuery = FromSchema<typeof slotQuerySchema>;

/** A free slot; `time` is the office's local time (Europe/Madrid). @internal */
export const slotSchema = {
  type: 'object',
  required: ['slotId', 'date', 'time', 'durationMinutes'],
  properties: {
    slotId: { type: 'string' },
    date: { type: 'string', format: 'date' },
    time: { type: 'string', pattern: '^\\d{2}:\\d{2}$' },
    durationMinutes: { type: 'integer' },
  },
} as const;
/** @internal */
export type Slot = FromSchema<typeof slotSchema>;

/** @internal */
export const slotListSchema = {
  $id: 'sim-appointments-slots',
  type: 'object',
  required: ['officeId', 'date', 'slots'],
  properties: {
    officeId: { type: 'string' },
    date: { type: 'string', format: 'date' },
    slots: {
      type: 'array',
      items: slotSchema,
      description: 'free slots only; empty on weekends, past days and beyond the agenda',
    },
  },
} as const;
/** @internal */
export type SlotList = FromSchema<typeof slotListSchema>;

/** @internal */
export const bookingBodySchema = {
  type: 'object',
  required: ['citizenId', 'officeId', 'subject'],
  properties: {
    citizenId: { type: 'string', pattern: '^[0-9]{8}[A-Za-z]$' },
    officeId: { type: 'string', maxLength: 40 },
    subject: { type: 'string', enum: APPOINTMENT_SUBJECTS },
    slotId: { type: 'string', maxLength: 60, description: 'a slot from GET /offices/:officeId/slots' },
    date: {
      type: 'string',
      format: 'date',
      description: 'without slotId: the first free slot of this day (default: of the agenda)',
    },
  },
} as const;
/** @internal */
export type BookingBody = FromSchema<typeof bookingBodySchema>;

/** @internal */
export const appointmentSchema = {
  $id: 'sim-appointments-appointment',
  type: 'object',
  required: [
    'appointmentId',
    'locator',
    'citizenId',
    'officeId',
    'officeName',
    'slotId',
    'date',
    'time',
    'durationMinutes',
    'subject',
    'state',
    'bookedAt',
    'cancelledAt',
  ],
  properties: {
    appointmentId: { type: 'string' },
    locator: { type: 'string', description: 'short code the citizen quotes at the office' },
    citizenId: { type: 'string' },
    officeId: { type: 'string' },
    officeName: { type: 'string' },
    slotId: { type: 'string' },
    date: { type: 'string', format: 'date' },
    time: { type: 'string' },
    durationMinutes: { type: 'integer' },
    subject: { type: 'string', enum: APPOINTMENT_SUBJECTS },
    state: { type: 'string', enum: ['booked', 'cancelled'] },
    bookedAt: { type: 'string', format: 'date-time' },
    cancelledAt: { type: ['string', 'null'], format: 'date-time' },
  },
} as const;
/** @internal */
export type Appointment = FromSchema<typeof appointmentSchema>;

/** @internal */
export const appointmentListSchema = {
  $id: 'sim-appointments-appointments',
  type: 'object',
  required: ['citizenId', 'appointments'],
  properties: { citizenId: { type: 'string' }, appointments: { type: 'array', items: appointmentSchema } },
} as const;
/** @internal */
export type AppointmentList = FromSchema<typeof appointmentListSchema>;

/** @internal */
export const appointmentParamsSchema = {
  type: 'object',
  required: ['appointmentId'],
  properties: { appointmentId: { type: 'string', maxLength: 40 } },
} as const;
/** @internal */
export type AppointmentParams = FromSchema<typeof appointmentParamsSchema>;
