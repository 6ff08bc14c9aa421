// Generated from json/common.json by scripts/generate-types.ts — do not edit.
// Run `pnpm --filter @cauce/schemas build:types`; src/generatedTypes.test.ts fails on drift.

/**
 * A language Cauce speaks: Spanish (the reference), Catalan, Basque, Galician, English.
 */
export type Language = 'es' | 'ca' | 'eu' | 'gl' | 'en';

/**
 * Who performs a step: a contact-centre agent (agent console) or the citizen (self-service pages).
 */
export type Channel = 'agent' | 'web';

/**
 * Who is asking: a citizen, a contact-centre agent (first or second level), a supervisor, or a back-office user (procedure specialist, integrator, administrator).
 */
export type Role = 'citizen' | 'agent-l1' | 'agent-l2' | 'supervisor' | 'specialist' | 'integrator' | 'admin';

/**
 * A role a field or step can be shown to: the roles of Role that use the channels.
 */
export type ViewerRole = 'agent-l1' | 'agent-l2' | 'citizen' | 'supervisor';

/**
 * 0 none (general information); 1 identification protocol (questions checked against corporate data); 2 reinforced with a one-time code (OTP) by SMS or email; 3 video or in-person identification.
 */
export type IdentificationLevel = 0 | 1 | 2 | 3;

/**
 * State of a service request (solicitud de servicio): open (registered), in-progress (being handled), waiting-citizen (needs something from the citizen), escalated (passed to second level), resolved, cancelled.
 */
export type ServiceRequestState = 'open' | 'in-progress' | 'waiting-citizen' | 'escalated' | 'resolved' | 'cancelled';

/**
 * A text in every language Cauce serves; es is the reference and all five are required.
 */
export interface LocalizedText {
  es: NonEmptyText;
  ca: NonEmptyText;
  eu: NonEmptyText;
  gl: NonEmptyText;
  en: NonEmptyText;
}

export type NonEmptyText = string;

/**
 * A BPMN element id (an XML NCName without colons).
 */
export type ElementId = string;

/**
 * A form field (process variable) name. Letters, digits and _ only, so FEEL expressions can use it unquoted.
 */
export type FieldName = string;

/**
 * A dotted path to a field or variable: `address.postcode`, `children.0.name`.
 */
export type FieldPath = string;

/**
 * Text shown or read out, with `{{variable}}` placeholders (dotted paths allowed: `{{citizen.firstName}}`). Anything else in double braces, including triple braces, is refused.
 */
export type InterpolatedText = string;

/**
 * Process variables by name.
 */
export interface Variables {
  [k: string]: unknown | undefined;
}
