// Generated from json/step-texts.json by scripts/generate-types.ts — do not edit.
// Run `pnpm --filter @cauce/schemas build:types`; src/generatedTypes.test.ts fails on drift.

import type { InterpolatedText, Language, NonEmptyText } from './common';

/**
 * One text for both channels, or a text per channel.
 *
 * This interface was referenced by `StepTexts`'s JSON-Schema
 * via the `definition` "channelVariantText".
 */
export type ChannelVariantText =
  | InterpolatedText
  | {
      agent?: InterpolatedText;
      web?: InterpolatedText;
    };
/**
 * The label of a variable, or a label with the labels of its values or how it reads on one line.
 *
 * This interface was referenced by `StepTexts`'s JSON-Schema
 * via the `definition` "dataText".
 */
export type DataText =
  | NonEmptyText
  | {
      label: NonEmptyText;
      /**
       * How an object reads on one line, with `{{field}}` placeholders of its own fields: `{{street}}, {{number}}, {{floor}}, {{postcode}} {{municipality}}`. A field without a value is left out with its comma. Without it, an object with nothing listed below it reads as its values in stored order (which PostgreSQL may change).
       */
      text?: InterpolatedText;
      /**
       * Labels of the variable's values, keyed by the value as a string (`affiliated`, `true`); others are shown formatted for the language.
       */
      values?: {
        [k: string]: NonEmptyText | undefined;
      };
    };

/**
 * texts/<lang>.json: for each step (user task) and channel, what the agent says or what the citizen reads, in one language. texts/es.json is the reference.
 */
export interface StepTexts {
  /**
   * The schema this file follows, for editors.
   */
  $schema?: string;
  /**
   * The language of this file; must match the file name when present.
   */
  language?: Language;
  common?: CommonTexts;
  /**
   * What an agent sees of the process variables the connectors brought (the "Datos de los sistemas" panel), by dotted path of a variable (`ehic.reason`, `citizen.address`). In texts/es.json, the reference, the keys choose what is shown and in what order: variables not listed are not shown (a first-level agent reads the script, not technical ids). Other languages label the same keys (es where they lack one). A listed path whose value is an object is a heading over the listed paths below it; an object with nothing listed below it shows as one line (its `text`, or its values). A package without this section in es.json shows every variable under its technical name.
   */
  data?: {
    [k: string]: DataText | undefined;
  };
  /**
   * Only in a translation (not in es.json): for each text, by JSON Pointer into this file (`/steps/EnterIban/web/title`), a fingerprint of the es text it was translated from (`fnv1a:` and 8 hex digits of FNV-1a over the UTF-8 text). The designer marks a translation stale when es.json's text no longer has that fingerprint. The channels never read it.
   */
  translatedFrom?: {
    [k: string]: string | undefined;
  };
  /**
   * Texts by step: the key is the user task's `cauce:textKey` (or its id when it has none).
   */
  steps: {
    [k: string]: StepText | undefined;
  };
}
/**
 * The texts of one step, per channel. A channel the step is not performed on may be left out.
 *
 * This interface was referenced by `StepTexts`'s JSON-Schema
 * via the `definition` "stepText".
 */
export interface StepText {
  /**
   * Agent console: the script (argumentario) the agent follows and says.
   */
  agent?: ChannelStepText;
  /**
   * Self-service pages: what the citizen reads.
   */
  web?: ChannelStepText;
}
/**
 * This interface was referenced by `StepTexts`'s JSON-Schema
 * via the `definition` "channelStepText".
 */
export interface ChannelStepText {
  /**
   * Heading of the step (the question, on one-question-per-page self-service).
   */
  title: InterpolatedText;
  /**
   * Body text, with `{{variable}}` placeholders.
   */
  text: InterpolatedText;
  /**
   * Labels and help by field path (`address.postcode`), overriding the form schema's titles.
   */
  fields?: {
    [k: string]: FieldText | undefined;
  };
}
/**
 * This interface was referenced by `StepTexts`'s JSON-Schema
 * via the `definition` "fieldText".
 */
export interface FieldText {
  label?: NonEmptyText;
  help?: InterpolatedText;
  /**
   * What to tell the person when the answer does not match the field's `pattern` ("Escriba el IBAN completo: ES y 22 cifras"), instead of the general "the format is not valid".
   */
  patternMessage?: NonEmptyText;
  /**
   * Labels of the field's choices, keyed by the choice's value (as a string).
   */
  options?: {
    [k: string]: NonEmptyText | undefined;
  };
}
/**
 * Procedure-level texts, outside any step. The named ones have a fixed use; other camelCase keys are free messages the designer can reference.
 *
 * This interface was referenced by `StepTexts`'s JSON-Schema
 * via the `definition` "commonTexts".
 */
export interface CommonTexts {
  /**
   * Before the first step.
   */
  intro?: ChannelVariantText;
  /**
   * Why identification is needed and how it works.
   */
  identification?: ChannelVariantText;
  /**
   * How to ask for help at any moment.
   */
  help?: ChannelVariantText;
  /**
   * When the procedure passes from self-service to an agent.
   */
  handOff?: ChannelVariantText;
  /**
   * Heading of the check-your-answers page.
   */
  checkAnswers?: ChannelVariantText;
  /**
   * How to come back later and with which reference.
   */
  saveAndReturn?: ChannelVariantText;
  /**
   * After the request is submitted; `{{reference}}` is the request's reference code.
   */
  confirmation?: ChannelVariantText;
  /**
   * Closing words (the agent's farewell).
   */
  end?: ChannelVariantText;
  [k: string]: ChannelVariantText | undefined;
}
