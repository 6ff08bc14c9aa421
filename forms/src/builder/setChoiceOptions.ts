import type { Language } from '@cauce/schemas';
import type { BuilderResult } from './BuilderResult';
import { copyDraft } from './copyDraft';
import { fieldTexts } from './fieldTexts';
import { formTree } from './formTree';
import type { StepFormDraft } from './StepFormDraft';

/** One option of a choice as the builder edits it: its value and its labels per language. @public */
export interface ChoiceOption {
  value: string;
  labels?: Partial<Record<Language, string>>;
}

/**
 * Sets a choice's options in order: the field's `enum` (one `null` kept, which says "no answer") and each option's
 * label per language in the step's texts; labels of options no longer there go in every language, labels not given
 * stay. Refused when an option has no value or a value appears twice.
 * @public
 */
export function setChoiceOptions(draft: StepFormDraft, path: string, options: ChoiceOption[]): BuilderResult {
  const values = options.map((o) => o.value);
  if (!values.length || values.some((v) => !v.trim()) || new Set(values).size !== values.length)
    return { ok: false, problem: 'options-invalid' };
  const next = copyDraft(draft);
  const node = formTree.nodeAt(next.form, path);
  if (!node) throw new Error(`the form has no field '${path}'`);
  const nullable = Array.isArray(node.enum) && node.enum.includes(null);
  node.enum = nullable ? [...values, null] : values;
  delete node.oneOf;
  delete node.anyOf;
  for (const lang of Object.keys(next.texts) as Language[])
    fieldTexts.update(next, lang, path, (text) => {
      const kept = Object.entries(text?.options ?? {}).filter(([value]) => values.includes(value));
      const given = options.flatMap((o) => (o.labels?.[lang] !== undefined ? [[o.value, o.labels[lang]!]] : []));
      return { ...text, options: Object.fromEntries([...kept, ...given]) };
    });
  return { ok: true, value: next };
}
