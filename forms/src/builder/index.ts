/**
 * `@cauce/forms/builder` — the designer's form builder operations: each takes a step's form and the package's texts
 * and returns new ones (never changing its input), inside the form subset (schemas/json/form.json). A separate
 * entry point so the renderers' bundles do not carry it. See ../../CONTEXT.md.
 * @public
 */
export { FIELD_TYPES, type FieldType } from './FieldType';
export { FIELD_PATTERNS } from './fieldPatterns';
export type { StepFormDraft, FieldTexts } from './StepFormDraft';
export type { BuilderProblem, BuilderResult } from './BuilderResult';
export { schemaOfType } from './schemaOfType';
export { fieldTypeOf } from './fieldTypeOf';
export { addField, type NewField } from './addField';
export { removeField } from './removeField';
export { moveField } from './moveField';
export { renameField } from './renameField';
export { setFieldType } from './setFieldType';
export { setRequired } from './setRequired';
export { setSensitive } from './setSensitive';
export { setLimits } from './setLimits';
export { setPattern } from './setPattern';
export { setFieldText } from './setFieldText';
export { setChoiceOptions, type ChoiceOption } from './setChoiceOptions';
export { readFieldTexts } from './readFieldTexts';
