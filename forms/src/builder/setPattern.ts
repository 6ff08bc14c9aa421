import type { Language } from '@cauce/schemas';
import type { BuilderResult } from './BuilderResult';
import { copyDraft } from './copyDraft';
import { fieldTexts } from './fieldTexts';
import { formTree } from './formTree';
import type { StepFormDraft } from './StepFormDraft';

/**
 * Sets the pattern a text answer must match (a regular expression, as JSON Schema and the server read it, with the
 * `u` flag) and, per language, what to tell the person when it does not (`patternMessage` in the step's texts).
 * `null` removes the pattern and its messages. Refused when the pattern is not a regular expression.
 * @public
 */
export function setPattern(
  draft: StepFormDraft,
  path: string,
  pattern: string | null,
  messages: Partial<Record<Language, string>> = {},
): BuilderResult {
  if (pattern !== null && !isRegExp(pattern)) return { ok: false, problem: 'pattern-invalid' };
  const next = copyDraft(draft);
  const node = formTree.nodeAt(next.form, path);
  if (!node) throw new Error(`the form has no field '${path}'`);
  if (pattern === null) {
    delete node.pattern;
    for (const lang of Object.keys(next.texts) as Language[])
      fieldTexts.update(next, lang, path, (text) => text && { ...text, patternMessage: undefined });
    return { ok: true, value: next };
  }
  node.pattern = pattern;
  for (const [lang, message] of Object.entries(messages))
    fieldTexts.update(next, lang as Language, path, (text) => ({ ...text, patternMessage: message }));
  return { ok: true, value: next };
}

// helpers
function isRegExp(pattern: string): boolean {
  try {
    new RegExp(pattern, 'u');
    return pattern.length > 0;
  } catch {
    return false;
  }
}
