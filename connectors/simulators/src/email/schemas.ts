import type { FromSchema } from '../runtime/FromSchema';

/** @internal */
export const emailBodySchema = {
  type: 'object',
  required: ['to', 'subject', 'body'],
  properties: {
    to: { type: 'string', format: 'email', maxLength: 254 },
    subject: { type: 'string', minLength: 1, maxLength: 200 },
    body: { type: 'string', minLength: 1, maxLength: 20_000, description: 'plain text' },
    from: { type: 'string', format: 'email', default: 'no-reply@seg-social.example' },
  },
} as const;
/** @internal */
export type EmailBody = FromSchema<typeof emailBodySchema>;

/** @internal */
export const emailMessageSchema = {
  $id: 'sim-email-message',
  type: 'object',
  required: ['messageId', 'to', 'from', 'subject', 'body', 'sentAt', 'detectedCode'],
  properties: {
    messageId: { type: 'string' },
    to: { type: 'string', description: 'lower case' },
    from: { type: 'string' },
    subject: { type: 'string' },
    body: { type: 'string' },
    sentAt: { type: 'string', format: 'date-time' },
    detectedCode: {
      type: ['string', 'null'],
      description: 'first 4–8 digit run of subject then body: the OTP, for tests',
    },
  },
} as const;
/** @internal */
export type EmailMessage = FromSchema<typeof emailMessageSchema>;
