/**
 * The simulators' error registry. Every JSON error a simulator returns is
 * `{ code, message }` with a code declared here; README.md has one row per code
 * and errors.test.ts fails on any mismatch either way.
 *
 * These codes belong to the simulated corporate systems, not to Cauce, hence
 * the `SIM_` prefix instead of the engine's `CAUCE_ERR_`.
 * @public
 */
export class SimError extends Error {
  constructor(
    readonly code: string,
    readonly statusCode: number,
    message: string,
  ) {
    super(message);
    this.name = 'SimError';
  }
}

/** A declared error code. @public */
export interface SimErrorSpec {
  code: string;
  statusCode: number;
  template: string;
}

/** Every declared code, filled as this module loads. @internal */
export const simErrorRegistry = new Map<string, SimErrorSpec>();

/** Declares a code and returns a factory that fills the template's `%s` placeholders in order. @internal */
export function createSimError(code: string, template: string, statusCode: number) {
  simErrorRegistry.set(code, { code, statusCode, template });
  const make = (...args: unknown[]) => {
    let i = 0;
    return new SimError(
      code,
      statusCode,
      template.replace(/%s/g, () => String(args[i++])),
    );
  };
  return Object.assign(make, { code, statusCode });
}

// Transport and protocol errors, shared by every simulator.
export const badRequest = createSimError('SIM_BAD_REQUEST', 'invalid request: %s', 400);
export const bodyTooLarge = createSimError('SIM_BODY_TOO_LARGE', 'request body too large', 413);
export const unsupportedMediaType = createSimError('SIM_UNSUPPORTED_MEDIA_TYPE', "unsupported content type '%s'", 415);
export const routeNotFound = createSimError('SIM_ROUTE_NOT_FOUND', 'no route %s %s', 404);
export const idempotencyKeyReused = createSimError(
  'SIM_IDEMPOTENCY_KEY_REUSED',
  "Idempotency-Key '%s' was already used for a different request",
  422,
);
export const unavailable = createSimError(
  'SIM_UNAVAILABLE',
  "simulated fault: service '%s' is unavailable, retry later",
  503,
);
export const internal = createSimError('SIM_INTERNAL', 'internal error in simulator %s', 500);

// affiliation
export const invalidCitizenId = createSimError(
  'SIM_INVALID_CITIZEN_ID',
  "'%s' is not a valid DNI/NIF (check letter)",
  400,
);
export const citizenNotFound = createSimError('SIM_CITIZEN_NOT_FOUND', "no citizen '%s'", 404);
export const ibanInvalid = createSimError('SIM_IBAN_INVALID', "'%s' is not a valid IBAN", 400);
export const ibanNotSpanish = createSimError(
  'SIM_IBAN_NOT_SPANISH',
  'benefits are paid only to Spanish (ES) accounts',
  400,
);

// pensions
export const claimNotFound = createSimError('SIM_CLAIM_NOT_FOUND', "no claim with reference '%s'", 404);
export const documentNotFound = createSimError('SIM_DOCUMENT_NOT_FOUND', "no document '%s'", 404);

// subsidies
export const notEligible = createSimError('SIM_NOT_ELIGIBLE', "citizen '%s' is not eligible: %s", 409);
export const cardStillValid = createSimError(
  'SIM_CARD_STILL_VALID',
  "citizen '%s' holds a European health card valid until %s; it can be renewed from 90 days before",
  409,
);
export const ehicRequestNotFound = createSimError(
  'SIM_EHIC_REQUEST_NOT_FOUND',
  "no European health card request '%s'",
  404,
);

// appointments
export const officeNotFound = createSimError('SIM_OFFICE_NOT_FOUND', "no office '%s'", 404);
export const slotNotFound = createSimError('SIM_SLOT_NOT_FOUND', "no slot '%s' in the office's agenda", 404);
export const slotTaken = createSimError('SIM_SLOT_TAKEN', "slot '%s' is no longer free", 409);
export const noFreeSlots = createSimError('SIM_NO_FREE_SLOTS', "office '%s' has no free slot %s", 409);
export const appointmentNotFound = createSimError('SIM_APPOINTMENT_NOT_FOUND', "no appointment '%s'", 404);
export const appointmentCancelled = createSimError(
  'SIM_APPOINTMENT_CANCELLED',
  "appointment '%s' is already cancelled",
  409,
);

// sms, email
export const noMessages = createSimError('SIM_NO_MESSAGES', "no message sent to '%s'", 404);
