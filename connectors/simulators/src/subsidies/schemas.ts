import type { FromSchema } from '../runtime/FromSchema';
import { addressSchema, ehicCardSchema } from '../synthetic/schemas';

/** @internal */
export const EHIC_CARD_STATES = ['none', 'valid', 'expiring', 'expired'] as const;

/** Eligibility and current card of one citizen. @internal */
export const ehicStatusSchema = {
  $id: 'sim-subsidies-ehic-status',
  type: 'object',
  required: ['citizenId', 'eligible', 'reason', 'cardState', 'card', 'canRequest'],
  properties: {
    citizenId: { type: 'string' },
    eligible: { type: 'boolean' },
    reason: { type: 'string', enum: ['affiliated', 'pensioner', 'not_affiliated'] },
    cardState: {
      type: 'string',
      enum: EHIC_CARD_STATES,
      description: 'expiring: valid but within 90 days of its end, so it can be renewed',
    },
    card: { anyOf: [ehicCardSchema, { type: 'null' }] },
    canRequest: { type: 'boolean', description: 'eligible and no card valid beyond the next 90 days' },
  },
} as const;
/** @internal */
export type EhicStatus = FromSchema<typeof ehicStatusSchema>;

/** @internal */
export const ehicRequestBodySchema = {
  type: 'object',
  properties: {
    delivery: {
      type: 'string',
      enum: ['postal'],
      default: 'postal',
      description: 'the card goes to the address on file',
    },
  },
} as const;
/** @internal */
export type EhicRequestBody = FromSchema<typeof ehicRequestBodySchema>;

/** A request for the card, whose state follows the clock: issued → in_transit (next day) → delivered (estimated date). @internal */
export const ehicRequestSchema = {
  $id: 'sim-subsidies-ehic-request',
  type: 'object',
  required: ['requestId', 'citizenId', 'state', 'requestedAt', 'card', 'deliveryAddress', 'estimatedDelivery'],
  properties: {
    requestId: { type: 'string' },
    citizenId: { type: 'string' },
    state: { type: 'string', enum: ['issued', 'in_transit', 'delivered'] },
    requestedAt: { type: 'string', format: 'date-time' },
    card: ehicCardSchema,
    deliveryAddress: addressSchema,
    estimatedDelivery: { type: 'string', format: 'date' },
  },
} as const;
/** @internal */
export type EhicRequest = FromSchema<typeof ehicRequestSchema>;

/** @internal */
export const ehicRequestParamsSchema = {
  type: 'object',
  required: ['requestId'],
  properties: { requestId: { type: 'string', maxLength: 40 } },
} as const;
/** @internal */
export type EhicRequestParams = FromSchema<typeof ehicRequestParamsSchema>;
