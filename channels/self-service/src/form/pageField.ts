import { fieldId, type StepField } from '@cauce/forms';
import type { Look } from './lookOf';

/** A field as the pages draw it: the form's field, or one of the pages' own questions with a look of its own. @internal */
export type PageField = StepField & { look?: Partial<Look> };

/**
 * One of the pages' own questions (identification, reference, a note for the agent): a required text field unless
 * `extra` says otherwise, with its answer and error set by the page.
 * @internal
 */
export function pageField(path: string, label: string, extra: Partial<PageField> = {}): PageField {
  return {
    kind: 'text',
    path,
    id: fieldId(path),
    label,
    requirement: 'required',
    options: [],
    valueType: 'string',
    children: [],
    sensitive: false,
    readOnly: false,
    ...extra,
  };
}
