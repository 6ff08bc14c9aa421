import type { FromSchema } from '../runtime/FromSchema';
import { benefitSchema, claimSchema } from '../synthetic/schemas';

/** @internal */
export const benefitListSchema = {
  $id: 'sim-pensions-benefits',
  type: 'object',
  required: ['citizenId', 'benefits'],
  properties: { citizenId: { type: 'string' }, benefits: { type: 'array', items: benefitSchema } },
} as const;
/** @internal */
export type BenefitList = FromSchema<typeof benefitListSchema>;

/** @internal */
export const claimResponseSchema = { $id: 'sim-pensions-claim', ...claimSchema } as const;

/** @internal */
export const claimListSchema = {
  $id: 'sim-pensions-claims',
  type: 'object',
  required: ['citizenId', 'claims'],
  properties: { citizenId: { type: 'string' }, claims: { type: 'array', items: claimSchema } },
} as const;
/** @internal */
export type ClaimList = FromSchema<typeof claimListSchema>;

/** @internal */
export const claimParamsSchema = {
  type: 'object',
  required: ['reference'],
  properties: { reference: { type: 'string', pattern: '^[A-Za-z]{3}-\\d{4}-\\d{6}$', description: 'EXP-2026-000004' } },
} as const;
/** @internal */
export type ClaimParams = FromSchema<typeof claimParamsSchema>;

/** @internal */
export const certificateBodySchema = {
  type: 'object',
  properties: { purpose: { type: 'string', maxLength: 200, description: 'free text printed on the certificate' } },
} as const;
/** @internal */
export type CertificateBody = FromSchema<typeof certificateBodySchema>;

/** @internal */
export const certificateSchema = {
  $id: 'sim-pensions-certificate',
  type: 'object',
  required: ['documentId', 'citizenId', 'kind', 'issuedAt', 'downloadPath', 'downloadUrl'],
  properties: {
    documentId: { type: 'string' },
    citizenId: { type: 'string' },
    kind: { type: 'string', const: 'benefits' },
    issuedAt: { type: 'string', format: 'date-time' },
    downloadPath: { type: 'string', description: 'path on this server' },
    downloadUrl: { type: 'string', description: 'absolute URL, from the Host of the request; send it by SMS or email' },
  },
} as const;
/** @internal */
export type Certificate = FromSchema<typeof certificateSchema>;

/** @internal */
export const documentParamsSchema = {
  type: 'object',
  required: ['documentId'],
  properties: { documentId: { type: 'string', maxLength: 40 } },
} as const;
/** @internal */
export type DocumentParams = FromSchema<typeof documentParamsSchema>;
