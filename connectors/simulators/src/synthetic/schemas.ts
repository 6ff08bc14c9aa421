import { LANGUAGES, type Language } from '@cauce/schemas';
import type { FromSchema } from '../runtime/FromSchema';

/**
 * Shapes shared by the synthetic world (the simulated databases) and the
 * simulators' responses. They carry no `$id`: each service embeds them in its
 * own registered response schemas. Types are derived, never written twice.
 * @internal
 */
export const addressSchema = {
  type: 'object',
  required: ['street', 'number', 'postcode', 'municipality', 'province'],
  properties: {
    street: { type: 'string', minLength: 1, maxLength: 120 },
    number: { type: 'string', minLength: 1, maxLength: 10 },
    floor: { type: ['string', 'null'], maxLength: 20 },
    postcode: { type: 'string', pattern: '^(0[1-9]|[1-4]\\d|5[0-2])\\d{3}$' },
    municipality: { type: 'string', minLength: 1, maxLength: 80 },
    province: { type: 'string', minLength: 1, maxLength: 40 },
  },
} as const;
/** @internal */
export type Address = FromSchema<typeof addressSchema>;

/** @internal */
export const BENEFIT_TYPES = [
  'retirement',
  'widowhood',
  'permanent_disability',
  'orphanhood',
  'minimum_vital_income',
] as const;
/** @internal */
export type BenefitType = (typeof BENEFIT_TYPES)[number];

/** @internal */
export const benefitSchema = {
  type: 'object',
  required: ['id', 'type', 'name', 'monthlyAmount', 'paymentsPerYear', 'startDate', 'status'],
  properties: {
    id: { type: 'string' },
    type: { type: 'string', enum: BENEFIT_TYPES },
    name: { type: 'string', description: 'name in Spanish, as the agent says it' },
    monthlyAmount: { type: 'number', description: 'gross euros per payment' },
    paymentsPerYear: { type: 'integer', enum: [12, 14] },
    startDate: { type: 'string', format: 'date' },
    status: { type: 'string', enum: ['active', 'suspended', 'ended'] },
  },
} as const;
/** @internal */
export type Benefit = FromSchema<typeof benefitSchema>;

/** @internal */
export const CLAIM_STATES = ['received', 'in_review', 'needs_documents', 'resolved'] as const;

/** @internal */
export const claimSchema = {
  type: 'object',
  required: [
    'reference',
    'citizenId',
    'benefitType',
    'submittedAt',
    'state',
    'requiredDocuments',
    'outcome',
    'history',
  ],
  properties: {
    reference: { type: 'string' },
    citizenId: { type: 'string' },
    benefitType: { type: 'string', enum: BENEFIT_TYPES },
    submittedAt: { type: 'string', format: 'date' },
    state: { type: 'string', enum: CLAIM_STATES },
    requiredDocuments: {
      type: 'array',
      items: { type: 'string' },
      description: 'what to send when state is needs_documents',
    },
    outcome: { type: ['string', 'null'], enum: ['approved', 'denied', null] },
    outcomeReason: { type: ['string', 'null'] },
    resolvedAt: { type: ['string', 'null'], format: 'date' },
    history: {
      type: 'array',
      items: {
        type: 'object',
        required: ['state', 'at'],
        properties: { state: { type: 'string', enum: CLAIM_STATES }, at: { type: 'string', format: 'date' } },
      },
    },
  },
} as const;
/** @internal */
export type Claim = FromSchema<typeof claimSchema>;

/** @internal */
export const ehicCardSchema = {
  type: 'object',
  required: ['cardNumber', 'validFrom', 'validUntil'],
  properties: {
    cardNumber: { type: 'string' },
    validFrom: { type: 'string', format: 'date' },
    validUntil: { type: 'string', format: 'date' },
  },
} as const;
/** @internal */
export type EhicCard = FromSchema<typeof ehicCardSchema>;

/** Cauce's five languages (@cauce/schemas), the citizens' preferred language. @internal */
export { LANGUAGES, type Language };
