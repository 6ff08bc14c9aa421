/**
 * @cauce/schemas — the formats of a procedure package (manifest, step texts, scenarios, connector
 * templates, step forms), their generated TypeScript types, validators, localized form-error messages
 * and Cauce's BPMN moddle descriptor. See CONTEXT.md.
 */
export {
  validateProcedure,
  validateStepTexts,
  validateScenario,
  validateConnectorTemplate,
  validateFormSchema,
  localizedFormErrors,
  type FormFieldErrors,
  type Problem,
  type ValidationResult,
} from './validators';
export { compileForm } from './compileForm';
export { LANGUAGES } from './languages';
export { ROLES } from './roles';
export { CHANNELS } from './channels';
export { SERVICE_REQUEST_STATES } from './serviceRequestStates';
export { VIEWER_ROLES } from './viewerRoles';
export { exhaustive } from './exhaustive';
export { formMessages, type FormMessage, type FormMessageKey } from './formMessages';
export { jsonSchemas, schemaIds, schemaPaths, cauceModdleDescriptor } from './schemaFiles';
export { readCauceStep, type CauceStep, type CauceUserTaskElement } from './cauceStep';
export { readCauceEndEvent, type CauceEndEvent, type CauceEndEventElement } from './cauceEndEvent';
export type * from './generated/common';
export type * from './generated/procedure';
export type * from './generated/step-texts';
export type * from './generated/scenario';
export type * from './generated/connector-template';
export type * from './generated/form';
export type * from './generated/step-view';
