/**
 * The field types a specialist picks in the designer's form builder. Each one is a shape of the form subset
 * (schemas/json/form.json) that `schemaOfType` writes and `fieldTypeOf` recognises; `fieldsOf` then gives the
 * renderers its kind. `address` is a group of the usual address fields; `choice` is one option of several (the
 * renderers draw radios or a select by the number of options).
 * @public
 */
export const FIELD_TYPES = [
  'text',
  'textarea',
  'number',
  'date',
  'yesNo',
  'choice',
  'email',
  'phone',
  'iban',
  'nif',
  'postcode',
  'address',
] as const;

/** One of {@link FIELD_TYPES}. @public */
export type FieldType = (typeof FIELD_TYPES)[number];
