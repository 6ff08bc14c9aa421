import { fieldTexts } from './fieldTexts';
import type { FieldTexts, StepFormDraft } from './StepFormDraft';

/**
 * A field's label, hint, pattern message and option labels per language, as the builder shows them (from the
 * first of the step's channels whose texts have them).
 * @public
 */
export function readFieldTexts(draft: StepFormDraft, path: string): FieldTexts {
  return fieldTexts.read(draft, path);
}
