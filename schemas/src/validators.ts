import Ajv2020 from 'ajv/dist/2020';
import type { ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { jsonSchemas } from './schemaFiles';
import { SchemaDocuments, toProblems, type Problem, type ValidationResult } from './problems';
import { checkConnectorTemplate, checkFormSchema } from './semanticChecks';
import type { ProcedureManifest } from './generated/procedure';
import type { StepTexts } from './generated/step-texts';
import type { Scenario } from './generated/scenario';
import type { ConnectorTemplate } from './generated/connector-template';
import type { FormSchema } from './generated/form';

export type { Problem, ValidationResult } from './problems';
export { localizedFormErrors, type FormFieldErrors } from './formErrors';

/** Validates a procedure.json manifest. @public */
export function validateProcedure(data: unknown): ValidationResult<ProcedureManifest> {
  return run<ProcedureManifest>('procedure', data);
}

/** Validates a texts/<lang>.json file. @public */
export function validateStepTexts(data: unknown): ValidationResult<StepTexts> {
  return run<StepTexts>('stepTexts', data);
}

/** Validates a scenarios/*.json file. @public */
export function validateScenario(data: unknown): ValidationResult<Scenario> {
  return run<Scenario>('scenario', data);
}

/**
 * Validates a connector's element template: the schema, then that its bpmn:Error scopes use documented
 * codes, error bindings point at existing scopes and bound inputs/outputs are declared in x-cauce-inputs/outputs.
 * @public
 */
export function validateConnectorTemplate(data: unknown): ValidationResult<ConnectorTemplate> {
  return run<ConnectorTemplate>('connectorTemplate', data, checkConnectorTemplate);
}

/**
 * Validates a step form (forms/<step>.schema.json): the meta-schema, that `required` names declared
 * fields, and that ajv can compile it for form data (known formats, valid patterns).
 * @public
 */
export function validateFormSchema(data: unknown): ValidationResult<FormSchema> {
  return run<FormSchema>('form', data, checkFormSchema);
}

// helpers

type SchemaName = Exclude<keyof typeof jsonSchemas, 'common'>;

let compiled: { validators: Map<SchemaName, ValidateFunction>; documents: SchemaDocuments } | undefined;

/** Compiles the five validators on first use, so importing types or paths costs nothing. */
function validators() {
  if (compiled) return compiled;
  // strictRequired is off: composite rules (anyOf of required) name properties declared beside them.
  const ajv = new Ajv2020({ allErrors: true, verbose: true, strict: true, strictTypes: false, strictRequired: false });
  addFormats(ajv);
  // Annotation used by the schemas to give a readable message for a composite rule (see problems.ts).
  ajv.addKeyword('x-cauce-message');
  const documents = new SchemaDocuments();
  for (const schema of Object.values(jsonSchemas)) {
    ajv.addSchema(schema);
    documents.add(schema);
  }
  const validators = new Map<SchemaName, ValidateFunction>();
  for (const name of ['procedure', 'stepTexts', 'scenario', 'connectorTemplate', 'form'] as const) {
    validators.set(name, ajv.getSchema(jsonSchemas[name].$id)!);
  }
  compiled = { validators, documents };
  return compiled;
}

function run<T>(name: SchemaName, data: unknown, check?: (value: T) => Problem[]): ValidationResult<T> {
  const { validators: all, documents } = validators();
  const validate = all.get(name)!;
  if (!validate(data)) return { ok: false, problems: toProblems(validate.errors, documents) };
  const problems = check ? check(data as T) : [];
  return problems.length ? { ok: false, problems } : { ok: true, value: data as T };
}
