// Generated from notify-email/template.json (x-cauce-inputs, x-cauce-outputs) by src/generateConnectorTypes.ts — do not edit.
// Run `npx tsx connectors/src/generateConnectorTypes.ts`; src/generatedTypes.test.ts fails on drift.

export interface NotifyEmailInputs {
  /**
   * Email address
   */
  to: string;
  /**
   * Which message (see README)
   */
  template:
    | 'ehic-provisional-certificate'
    | 'address-changed'
    | 'bank-details-changed'
    | 'bank-details-rejected'
    | 'benefit-certificate';
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

export interface NotifyEmailOutputs {
  /**
   * The gateway's message id
   */
  messageId: string;
}
