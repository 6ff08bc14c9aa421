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
