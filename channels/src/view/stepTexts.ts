import { fieldLabel } from '@cauce/forms';
import { interpolate } from '@cauce/procedure-kit';
import type { Channel, Language, StepView } from '../contract';
import type { PublishedPackage } from '../packages/PublishedPackage';

type Schema = Record<string, unknown>;
type Labels = NonNullable<StepView['step']>['labels'];

/** Common (procedure-level) texts a renderer shows around steps. @public */
export const COMMON_TEXT_KEYS = [
  'intro',
  'identification',
  'help',
  'handOff',
  'checkAnswers',
  'saveAndReturn',
  'confirmation',
  'end',
] as const;
export type CommonTextKey = (typeof COMMON_TEXT_KEYS)[number];

/**
 * The title, text and field labels of a step for one channel and language, `{{placeholders}}` filled from the
 * variables the step sees. Falls back to Spanish (the reference) where a language lacks a text, then to the
 * form's titles and the field names. A placeholder without a value shows as `—`, never as raw braces.
 * @public
 */
export function stepTexts(
  pkg: PublishedPackage,
  input: {
    textKey: string;
    fallbackTitle: string;
    channel: Channel;
    language: Language;
    schema: Schema;
    fields: string[];
    variables: Record<string, unknown>;
  },
): { title: string; text: string; labels: Labels } {
  const text = pick(pkg, input.language, (t) => t.steps?.[input.textKey]?.[input.channel]);
  const fieldTexts = (path: string) =>
    pick(pkg, input.language, (t) => t.steps?.[input.textKey]?.[input.channel]?.fields?.[path]);
  const labels: Labels = {};
  for (const path of input.fields)
    labels[path] = fieldLabel(fieldAt(input.schema, path), path, fieldTexts(path), (help) =>
      fill(help, input.variables),
    );
  return {
    title: fill(text?.title ?? input.fallbackTitle, input.variables),
    text: fill(text?.text ?? '', input.variables),
    labels,
  };
}

/** The procedure's common texts for a channel and language, filled in (`{{reference}}` and variables). @public */
export function commonTexts(
  pkg: PublishedPackage,
  channel: Channel,
  language: Language,
  variables: Record<string, unknown>,
): Partial<Record<CommonTextKey, string>> {
  const out: Partial<Record<CommonTextKey, string>> = {};
  for (const key of COMMON_TEXT_KEYS) {
    const value = pick(pkg, language, (t) => {
      const v = (t.common as Record<string, unknown> | undefined)?.[key];
      return typeof v === 'string' ? v : (v as Partial<Record<Channel, string>> | undefined)?.[channel];
    });
    if (value) out[key] = fill(value, variables);
  }
  return out;
}

/**
 * The step's own messages for answers that do not match a field's pattern (`patternMessage` of the step's field
 * texts), by field path, in the language (Spanish where it lacks one); validateAnswers tells them instead of the
 * general "the format is not valid".
 * @public
 */
export function patternMessages(
  pkg: PublishedPackage,
  input: { textKey: string; channel: Channel; language: Language; fields: string[] },
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const path of input.fields) {
    const message = pick(
      pkg,
      input.language,
      (t) => t.steps?.[input.textKey]?.[input.channel]?.fields?.[path]?.patternMessage as string | undefined,
    );
    if (message) out[path] = message;
  }
  return out;
}

/** Fills `{{a.b}}` from plain variables; a missing value shows as `—`. @public */
export function fill(text: string, variables: Record<string, unknown>): string {
  return interpolate(text, variables).text.replace(/\{\{\s*[A-Za-z_][A-Za-z0-9_.]*\s*\}\}/g, '—');
}

// helpers
function pick<T>(pkg: PublishedPackage, language: Language, read: (texts: any) => T | undefined): T | undefined {
  const own = pkg.texts[language];
  const found = own ? read(own) : undefined;
  if (found !== undefined) return found;
  return pkg.texts.es ? read(pkg.texts.es) : undefined;
}

function fieldAt(schema: Schema, path: string): Schema | undefined {
  let node: Schema | undefined = schema;
  for (const part of path.split('.')) node = (node?.properties as Record<string, Schema> | undefined)?.[part];
  return node;
}
