import { compileForm } from '@cauce/schemas';
import type { ClientTypedValue, ClientVariables } from './camundaClient';
import { PermanentFailure } from './failures';

/** A JSON Schema of an object, as `x-cauce-inputs` / `x-cauce-outputs` hold it. @public */
export interface DataSchema {
  type: 'object';
  properties?: Record<string, unknown>;
  required?: string[];
  [keyword: string]: unknown;
}

/**
 * Reads the connector's inputs from the task's variables and checks them against `x-cauce-inputs`.
 *
 * Only the variables the schema names are read. Json variables arrive parsed; a serialized `Object` (Camunda's
 * Java-ish type) is parsed when its format is JSON; Dates become ISO strings; a `null` counts as absent, so an
 * optional input may be mapped to an empty expression. Invalid inputs are a modelling or data error that
 * repeating cannot fix: a {@link PermanentFailure} naming each variable.
 * @public
 */
export function readInputs<I>(variables: ClientVariables, schema: DataSchema, connector: string): I {
  const inputs: Record<string, unknown> = {};
  for (const name of Object.keys(schema.properties ?? {})) {
    const value = plain(variables.getTyped(name));
    if (value !== null && value !== undefined) inputs[name] = value;
  }
  check(schema, inputs, `${connector}: invalid input variables`);
  return inputs as I;
}

/**
 * Checks a connector's result against `x-cauce-outputs` and drops `undefined` members (an absent optional
 * output is not sent). A result that breaks the schema is a bug in the connector or a change in the system it
 * calls: a {@link PermanentFailure}, never a half-filled process.
 * @public
 */
export function checkOutputs<O extends object>(
  outputs: O,
  schema: DataSchema,
  connector: string,
): Record<string, unknown> {
  const defined = Object.fromEntries(Object.entries(outputs).filter(([, v]) => v !== undefined));
  check(schema, defined, `${connector}: result breaks x-cauce-outputs`);
  return defined;
}

/**
 * Client `Variables` holding these values, typed as Camunda would type them (string, boolean, integer/long,
 * double, null; objects and arrays as json).
 * @public
 */
export function toClientVariables(
  values: Record<string, unknown>,
  Variables: new () => ClientVariables,
): ClientVariables {
  const variables = new Variables();
  for (const [name, value] of Object.entries(values)) variables.set(name, value);
  return variables;
}

// helpers

function plain(typed: ClientTypedValue | null): unknown {
  if (typed === null) return undefined;
  const { type, value, valueInfo } = typed;
  if (value instanceof Date) return value.toISOString();
  if (
    type.toLowerCase() === 'object' &&
    typeof value === 'string' &&
    String(valueInfo?.serializationDataFormat ?? 'application/json').includes('json')
  ) {
    try {
      return JSON.parse(value);
    } catch {
      return value;
    }
  }
  return value;
}

function check(schema: DataSchema, data: Record<string, unknown>, what: string): void {
  const validate = validatorOf(schema);
  if (validate(data)) return;
  const problems = (validate.errors ?? []).map(
    (e) => `${e.instancePath ? e.instancePath.slice(1).replaceAll('/', '.') : '(variables)'} ${e.message}`,
  );
  throw new PermanentFailure(`${what}: ${problems.join('; ')}`, JSON.stringify(validate.errors));
}

/** ajv's validate function, as compileForm returns it (ajv itself is not a dependency of this package). */
type ValidateFunction = Extract<ReturnType<typeof compileForm>, { ok: true }>['value'];

const validators = new WeakMap<object, ValidateFunction>();

function validatorOf(schema: DataSchema): ValidateFunction {
  let validate = validators.get(schema);
  if (validate) return validate;
  // The inputs/outputs schemas follow the same rules as a step form (draft 2020-12, FEEL-friendly names).
  const compiled = compileForm(schema);
  if (!compiled.ok)
    throw new Error(`schema does not compile: ${compiled.problems.map((p) => `${p.path} ${p.message}`).join('; ')}`);
  validate = compiled.value;
  validators.set(schema, validate);
  return validate;
}
