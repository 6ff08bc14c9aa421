// Generated from notify-sms/template.json (x-cauce-inputs, x-cauce-outputs) by src/generateConnectorTypes.ts — do not edit.
// Run `npx tsx connectors/src/generateConnectorTypes.ts`; src/generatedTypes.test.ts fails on drift.

export interface NotifySmsInputs {
  /**
   * Mobile number, E.164 (+34600000001) or 9 Spanish digits
   */
  to: string;
  /**
   * Which message (see README)
   */
  template:
    | 'address-changed'
    | 'bank-details-changed'
    | 'bank-details-rejected'
    | 'benefit-certificate-link'
    | 'appointment-confirmation';
  /**
   * Language of the message; es when missing.
   */
  language?: 'es' | 'ca' | 'eu' | 'gl' | 'en' | null;
  /**
   * Values for the template's {placeholders}.
   */
  params?: {
    [k: string]: string | number | boolean | null | undefined;
  } | null;
}

export interface NotifySmsOutputs {
  /**
   * The gateway's message id
   */
  messageId: string;
}
