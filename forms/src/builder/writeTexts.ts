import type { Language } from '@cauce/schemas';
import { fieldTexts } from './fieldTexts';
import type { FieldTexts, StepFormDraft } from './StepFormDraft';

/**
 * Writes the texts given for a field and the fields inside it (key '' is the field itself, `street` its `street`),
 * per language, merged over what is there. Used when a field is created or changes type.
 * @internal
 */
export function writeTexts(draft: StepFormDraft, path: string, texts: Record<string, FieldTexts> = {}): void {
  for (const [relative, byLanguage] of Object.entries(texts))
    for (const [lang, text] of Object.entries(byLanguage))
      fieldTexts.update(draft, lang as Language, relative ? `${path}.${relative}` : path, (old) => ({
        ...old,
        ...text,
      }));
}
