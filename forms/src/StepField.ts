import type { Channel, ViewerRole } from '@cauce/schemas';

/**
 * What a field asks for, whatever draws it: `text`, `textarea`, `number`, `date`, `email`, `phone`, `yesNo`, `choice`
 * (one of its options), `choices` (any of them) or `group` (an object field: its own fields under one legend).
 * @public
 */
export type FieldKind =
  'text' | 'textarea' | 'number' | 'date' | 'email' | 'phone' | 'yesNo' | 'choice' | 'choices' | 'group';

/**
 * Whether a field needs an answer: always (`required` of its object), only when another answer says so (an
 * `allOf[].then.required` rule of the form, so neither "required" nor "optional" is true), or never.
 * @public
 */
export type Requirement = 'required' | 'conditional' | 'optional';

/** The JSON type an answer's posted text is read as (for `choices`, the type of each item). @public */
export type ValueType = 'string' | 'integer' | 'number' | 'boolean';

/** One option of a choice: the value as posted (the form's own value, as a string) and its label. @public */
export interface FieldOption {
  value: string;
  label: string;
}

/**
 * One field of a step's form, ready to render: what it asks, which label, which constraints, which answer it holds.
 * Built by `fieldsOf` from the form's JSON Schema and its `x-cauce-*` hints; renderers decide only how it looks.
 * @public
 */
export interface StepField {
  kind: FieldKind;
  /** dotted path (`newAddress.postcode`): the input's `name`, and the key of labels, errors and answers */
  path: string;
  /** the input's id (`f-newAddress-postcode`); for a group of options, its first option's: where error links point */
  id: string;
  label: string;
  hint?: string;
  requirement: Requirement;
  /** `choice`, `choices` and `yesNo` (`true`/`false`): the values posted and their labels in the viewer's language */
  options: FieldOption[];
  /** how a `choice` is asked (`radios`, or a `select` past the renderer's size), and a `yesNo` (`radios`/`checkbox`) */
  control?: 'radios' | 'select' | 'checkbox';
  valueType: ValueType;
  /** a group's fields, in order */
  children: StepField[];
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  /** the schema's `pattern` (the server checks it; a renderer may use it for hints) */
  pattern?: string;
  /** HTML autocomplete token (WCAG 1.3.5, input purpose): from the field's name, or its `x-cauce-autocomplete` */
  autocomplete?: string;
  /** `x-cauce-sensitive`: personal data (not spell-checked or remembered by the browser) */
  sensitive: boolean;
  /** the schema's `readOnly`: shown, not asked */
  readOnly: boolean;
  /** `x-cauce-visibleTo`, where the form still carries it (a step view's form is already narrowed) */
  visibleTo?: ViewerRole[];
  /** `x-cauce-channels`, where the form still carries it */
  channels?: Channel[];
  /** the answer the field holds now (given earlier, or posted and refused) */
  value?: unknown;
  /** the message of the field's error, in the viewer's language */
  error?: string;
}
