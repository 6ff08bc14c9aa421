import type { StepFormDraft } from './StepFormDraft';

/** A deep copy of the form and texts of a draft, for an operation to change in place. @internal */
export function copyDraft(draft: StepFormDraft): StepFormDraft {
  return { ...draft, form: structuredClone(draft.form), texts: structuredClone(draft.texts) };
}
