// Generated from json/step-view.json by scripts/generate-types.ts — do not edit.
// Run `pnpm --filter @cauce/schemas build:types`; src/generatedTypes.test.ts fails on drift.

import type { Channel, IdentificationLevel, Language, ServiceRequestState } from './common';

/**
 * This interface was referenced by `StepView`'s JSON-Schema
 * via the `definition` "stepAction".
 */
export type StepAction = 'next' | 'back' | 'escalate' | 'help' | 'save' | 'close';

/**
 * What every channel renders for the current step of a session (the agent console, the self-service pages). The session service builds it and decides everything in it: what is valid, what this viewer may see, what comes next. The /api routes answer with it (GET /api/sessions/:id and every move).
 */
export interface StepView {
  sessionId: string;
  /**
   * The service request's reference code (SR-XXXX-XC).
   */
  reference: string;
  procedure: {
    id: string;
    version: string;
    /**
     * In the view's language.
     */
    title: string;
  };
  channel: Channel;
  language: Language;
  /**
   * What to draw: a step's form, identification, connectors still busy (poll), waiting for an agent, or the outcome.
   */
  status: 'step' | 'identify' | 'working' | 'handed-off' | 'done';
  /**
   * The citizen the session is about, when known: as given at start or in the identification protocol (staff), or once identified (a citizen sees only their own, never before identifying).
   */
  citizenId?: string;
  step?: {
    id: string;
    title: string;
    /**
     * Text for this channel and language, `{{variables}}` filled in.
     */
    text: string;
    /**
     * The step's JSON Schema narrowed to this channel and the viewer's role.
     */
    form: {
      [k: string]: unknown;
    };
    /**
     * Labels, help and option labels per field path, in the language.
     */
    labels: {
      [k: string]: FieldLabel;
    };
  };
  /**
   * Current values of the step's fields and the answers already given (also what was posted and refused, so nothing typed is lost).
   */
  answers: {
    [k: string]: unknown;
  };
  /**
   * Connector results, shown beside the script (agent) or as confirmation (web).
   */
  data: {
    [k: string]: unknown;
  };
  /**
   * `data` ready to read, in the view's language: what the procedure's texts list (`data` in texts/es.json), in their order, labeled, values formatted (Sí/No, dates as the language writes them, value labels). Without such a list, every variable under its technical name. Empty whenever `data` is.
   */
  dataView?: DataEntry[];
  errors: FieldError[];
  progress: {
    done: number;
    total: number;
    steps: {
      id: string;
      title: string;
      state: 'done' | 'current' | 'todo';
    }[];
  };
  identification: {
    reached: IdentificationLevel;
    needed: IdentificationLevel;
    method?: 'protocol' | 'otp';
    questions?: {
      id: string;
      label: string;
    }[];
    /**
     * Masked phone or e-mail address.
     */
    otpSentTo?: string;
    attemptsLeft?: number;
  };
  /**
   * What this viewer may do now.
   */
  actions: StepAction[];
  /**
   * Once done: the service request's final state and a sentence about it.
   */
  outcome?: {
    state: ServiceRequestState;
    text: string;
  };
  serviceRequest: {
    id: string;
    reference: string;
    state: ServiceRequestState;
    /**
     * The request's notes, oldest first. Only in views for staff (agents, supervisors); never for citizens.
     */
    notes?: ServiceRequestNote[];
  };
  /**
   * The procedure's common texts for this channel and language, filled in.
   */
  texts?: {
    intro?: string;
    identification?: string;
    help?: string;
    handOff?: string;
    checkAnswers?: string;
    saveAndReturn?: string;
    confirmation?: string;
    end?: string;
  };
  /**
   * Answered steps, for check-your-answers: labels, values, and whether `back` may reach the step to change it.
   */
  review?: {
    stepId: string;
    title: string;
    changeable: boolean;
    fields: {
      field: string;
      label: string;
      /**
       * The answer as given: a string, number, boolean, null or list (never an object: its fields are listed one by one).
       */
      value: string | number | boolean | null | unknown[];
      /**
       * The answer as shown (option labels, lists joined).
       */
      text: string;
    }[];
  }[];
  /**
   * True when `step` is an earlier step shown again to change its answers (after `back`).
   */
  revising?: boolean;
}
/**
 * One localized message about a field.
 *
 * This interface was referenced by `StepView`'s JSON-Schema
 * via the `definition` "fieldError".
 */
export interface FieldError {
  /**
   * Dotted path of the field, e.g. `address.postcode`; '' is the whole form.
   */
  field: string;
  message: string;
}
/**
 * How a field is presented in the view's language.
 *
 * This interface was referenced by `StepView`'s JSON-Schema
 * via the `definition` "fieldLabel".
 */
export interface FieldLabel {
  label: string;
  help?: string;
  /**
   * Labels of the field's choices, keyed by the choice's value (as a string).
   */
  options?: {
    [k: string]: string;
  };
}
/**
 * One line of connector data (`value`, `text`), or a heading over the lines of an object (`entries`).
 *
 * This interface was referenced by `StepView`'s JSON-Schema
 * via the `definition` "dataEntry".
 */
export interface DataEntry {
  /**
   * Dotted path of the variable, e.g. `ehic.reason`; an item of a list adds its index (`slots.0`).
   */
  path: string;
  /**
   * The procedure's label in the language, or the variable's technical name when it has none.
   */
  label: string;
  /**
   * The value as the connector gave it, on lines of one value or a list of values (not on an object shown as one line, nor on the items of a list of records).
   */
  value?: string | number | boolean | null | unknown[];
  /**
   * The value as shown; '' on headings.
   */
  text: string;
  /**
   * On headings only: the lines (or headings) below.
   */
  entries?: DataEntry[];
}
/**
 * A note on a service request: written by an agent while serving it, with an escalation, with the close, or by the citizen asking for help.
 *
 * This interface was referenced by `StepView`'s JSON-Schema
 * via the `definition` "serviceRequestNote".
 */
export interface ServiceRequestNote {
  /**
   * When (ISO 8601).
   */
  at: string;
  /**
   * User id of the author.
   */
  by: string;
  /**
   * The author's role then.
   */
  role: string;
  text: string;
}
