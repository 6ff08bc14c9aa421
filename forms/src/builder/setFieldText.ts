import type { Language } from '@cauce/schemas';
import { copyDraft } from './copyDraft';
import { fieldTexts } from './fieldTexts';
import type { StepFormDraft } from './StepFormDraft';

/**
 * Sets a field's label, hint (`help`) or pattern message in one language, on each of the step's channels, where
 * the channels read them. A blank text removes it (the renderers then fall back to the form's title or the name).
 * @public
 */
export function setFieldText(
  draft: StepFormDraft,
  path: string,
  lang: Language,
  part: 'label' | 'help' | 'patternMessage',
  text: string,
): StepFormDraft {
  const next = copyDraft(draft);
  fieldTexts.update(next, lang, path, (old) => ({ ...old, [part]: text }));
  return next;
}
