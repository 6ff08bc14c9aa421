import type { FromSchema } from '../runtime/FromSchema';

/** Spanish mobiles may be given as 9 digits; anything else needs its +country code. @internal */
export const phonePattern = '^\\+?[0-9][0-9 ]{7,17}$';

/** @internal */
export const smsBodySchema = {
  type: 'object',
  required: ['to', 'text'],
  properties: {
    to: { type: 'string', pattern: phonePattern, description: 'E.164, or 9 Spanish digits' },
    text: { type: 'string', minLength: 1, maxLength: 320, description: 'at most 320 characters: 3 concatenated SMS' },
    sender: { type: 'string', maxLength: 11, default: 'INSS' },
  },
} as const;
/** @internal */
export type SmsBody = FromSchema<typeof smsBodySchema>;

/** @internal */
export const smsMessageSchema = {
  $id: 'sim-sms-message',
  type: 'object',
  required: ['messageId', 'to', 'sender', 'text', 'segments', 'sentAt', 'detectedCode'],
  properties: {
    messageId: { type: 'string' },
    to: { type: 'string', description: 'E.164' },
    sender: { type: 'string' },
    text: { type: 'string' },
    segments: { type: 'integer', description: 'SMS parts billed: 1 up to 160 characters, then 153 each' },
    sentAt: { type: 'string', format: 'date-time' },
    detectedCode: { type: ['string', 'null'], description: 'first 4–8 digit run: the OTP, for tests' },
  },
} as const;
/** @internal */
export type SmsMessage = FromSchema<typeof smsMessageSchema>;
