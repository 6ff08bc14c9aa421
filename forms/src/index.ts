/**
 * @cauce/forms — the one field model of a step's form (its JSON Schema and `x-cauce-*` hints → typed fields with
 * labels, constraints and answers) and the one reading of posted answers, for every renderer: the self-service
 * pages, the agent console and the designer's preview. Pure TypeScript, no Node-only imports. See CONTEXT.md.
 */
export type { FieldKind, FieldOption, Requirement, StepField, ValueType } from './StepField';
export { fieldsOf, type FieldsOptions } from './fieldsOf';
export { readAnswers, type PostedForm } from './readAnswers';
export { readScalar } from './readScalar';
export { narrowForm, type Audience } from './narrowForm';
export { fieldLabel } from './fieldLabel';
export { choicesOf } from './choicesOf';
export { autocompleteOf } from './autocompleteOf';
export { fieldId } from './fieldId';
export { valueAt } from './valueAt';
export { findField } from './findField';
export { leaves } from './leaves';
export { readStepPreview, PREVIEW_READY, type StepPreview } from './stepPreview';
