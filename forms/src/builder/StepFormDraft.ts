import type { Channel, FieldText, FormSchema, Language, StepTexts } from '@cauce/schemas';

/**
 * What the form builder edits for one step: the step's form and the package's texts files, where the channels read
 * the fields' labels, hints, option labels and pattern messages (`steps[textKey][channel].fields[path]`). Builder
 * operations take one and return a new one (the input is never changed), so the designer can record each as an
 * undoable edit of the files that changed.
 * @public
 */
export interface StepFormDraft {
  form: FormSchema;
  /** the package's `texts/<lang>.json`, by language (a language without a file is absent) */
  texts: Partial<Record<Language, StepTexts>>;
  /** the step's `cauce:textKey` (or its id) */
  textKey: string;
  /** the channels the step is performed on: field texts are written for each */
  channels: Channel[];
  /** the step's name: the title of a channel's texts the builder has to create to hold a label */
  stepTitle: string;
}

/** A field's texts in several languages: `{ es: { label: 'IBAN' }, en: { label: 'IBAN' } }`. @public */
export type FieldTexts = Partial<Record<Language, FieldText>>;
