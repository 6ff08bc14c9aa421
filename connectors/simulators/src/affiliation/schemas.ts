import type { FromSchema } from '../runtime/FromSchema';
import { addressSchema, LANGUAGES } from '../synthetic/schemas';

/** Path parameter of every per-citizen route in every simulator. @internal */
export const citizenParamsSchema = {
  type: 'object',
  required: ['citizenId'],
  properties: { citizenId: { type: 'string', pattern: '^[0-9]{8}[A-Za-z]$', description: 'DNI/NIF, synthetic' } },
} as const;
/** @internal */
export type CitizenParams = FromSchema<typeof citizenParamsSchema>;

/** A citizen as the affiliation system shows them to an agent or a connector. @internal */
export const citizenSchema = {
  $id: 'sim-affiliation-citizen',
  type: 'object',
  required: [
    'id',
    'givenName',
    'firstSurname',
    'secondSurname',
    'fullName',
    'birthDate',
    'address',
    'phone',
    'email',
    'socialSecurityNumber',
    'affiliated',
    'protectedPerson',
    'preferredLanguage',
    'bankAccountMasked',
    'protocol',
  ],
  properties: {
    id: { type: 'string' },
    givenName: { type: 'string' },
    firstSurname: { type: 'string' },
    secondSurname: { type: ['string', 'null'] },
    fullName: { type: 'string' },
    birthDate: { type: 'string', format: 'date' },
    address: addressSchema,
    phone: { type: ['string', 'null'], description: 'E.164 mobile; null when none on file' },
    email: { type: ['string', 'null'] },
    socialSecurityNumber: { type: ['string', 'null'], description: '12 digits; null when not affiliated' },
    affiliated: { type: 'boolean' },
    protectedPerson: { type: 'boolean', description: 'persona protegida: restrict and log access' },
    preferredLanguage: { type: 'string', enum: LANGUAGES },
    bankAccountMasked: { type: ['string', 'null'] },
    protocol: {
      type: 'object',
      description: 'answers to the level-1 identification questions',
      required: ['birthYear', 'postcode', 'bankAccountLast4', 'affiliationYear'],
      properties: {
        birthYear: { type: 'integer' },
        postcode: { type: 'string' },
        bankAccountLast4: { type: ['string', 'null'] },
        affiliationYear: { type: ['integer', 'null'] },
      },
    },
  },
} as const;
/** @internal */
export type CitizenView = FromSchema<typeof citizenSchema>;

/** @internal */
export const addressChangeSchema = {
  $id: 'sim-affiliation-address-change',
  type: 'object',
  required: ['changeId', 'citizenId', 'address', 'effectiveDate'],
  properties: {
    changeId: { type: 'string' },
    citizenId: { type: 'string' },
    address: addressSchema,
    effectiveDate: { type: 'string', format: 'date' },
  },
} as const;
/** @internal */
export type AddressChange = FromSchema<typeof addressChangeSchema>;

/** @internal */
export const bankAccountChangeBodySchema = {
  type: 'object',
  required: ['iban'],
  properties: {
    iban: { type: 'string', minLength: 4, maxLength: 42, description: 'spaces allowed' },
    holderName: { type: 'string', maxLength: 120 },
  },
} as const;
/** @internal */
export type BankAccountChangeBody = FromSchema<typeof bankAccountChangeBodySchema>;

/** @internal */
export const bankAccountChangeSchema = {
  $id: 'sim-affiliation-bank-account-change',
  type: 'object',
  required: ['changeId', 'citizenId', 'bankAccountMasked', 'bankAccountLast4', 'effectiveDate'],
  properties: {
    changeId: { type: 'string' },
    citizenId: { type: 'string' },
    bankAccountMasked: { type: 'string' },
    bankAccountLast4: { type: 'string' },
    effectiveDate: { type: 'string', format: 'date' },
  },
} as const;
/** @internal */
export type BankAccountChange = FromSchema<typeof bankAccountChangeSchema>;

/** @internal */
export const testCitizenListSchema = {
  $id: 'sim-affiliation-test-citizens',
  type: 'object',
  required: ['citizens', 'unknownCitizenId'],
  properties: {
    citizens: {
      type: 'array',
      items: {
        type: 'object',
        required: ['role', 'id', 'fullName', 'description'],
        properties: {
          role: { type: 'string' },
          id: { type: 'string' },
          fullName: { type: 'string' },
          description: { type: 'string' },
        },
      },
    },
    unknownCitizenId: { type: 'string' },
  },
} as const;
/** @internal */
export type TestCitizenList = FromSchema<typeof testCitizenListSchema>;
