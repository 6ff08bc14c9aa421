import { readScalar } from '@cauce/forms';
import { compileForm, localizedFormErrors } from '@cauce/schemas';
import type { FieldError, Language } from '../contract';

type Schema = Record<string, unknown>;
/** ajv's validate function, as compileForm returns it (ajv is not a dependency of this package). */
type ValidateFunction = Extract<ReturnType<typeof compileForm>, { ok: true }>['value'];

/**
 * Validates posted answers against a step form already narrowed to the viewer (`narrowForm` of @cauce/forms):
 * keeps only the fields the viewer may answer (anything else could set process variables nobody asked for), reads
 * HTML-form strings as the schema's scalar types (`readScalar`: `"2026"` → 2026 for an integer, `"true"` for a
 * boolean, `""` as missing), and returns one message per field in the session's language (a field's own
 * `patternMessages`, from the step's texts, when its pattern is the problem). Compiled validators are cached by
 * `cacheKey`.
 * @public
 */
export function validateAnswers(input: {
  schema: Schema;
  fields: string[];
  answers: Record<string, unknown>;
  language: Language;
  cacheKey: string;
  patternMessages?: Record<string, string>;
}): { answers: Record<string, unknown>; errors: FieldError[] } {
  const answers = pick(input.schema, input.answers, '', new Set(input.fields));
  const validate = compiled(input.cacheKey, input.schema);
  if (validate(answers)) return { answers, errors: [] };
  const byField = localizedFormErrors(validate.errors, input.language, input.patternMessages);
  return { answers, errors: Object.entries(byField).map(([field, message]) => ({ field, message })) };
}

// helpers
const cache = new Map<string, ValidateFunction>();

function compiled(key: string, schema: Schema): ValidateFunction {
  const hit = cache.get(key);
  if (hit) return hit;
  const result = compileForm(schema);
  // A published form passed validatePackage; failing here is a broken invariant, not user input.
  if (!result.ok)
    throw new Error(`form ${key} does not compile: ${result.problems.map((p) => `${p.path} ${p.message}`).join('; ')}`);
  if (cache.size > 2000) cache.delete(cache.keys().next().value!);
  cache.set(key, result.value);
  return result.value;
}

function pick(
  schema: Schema,
  raw: Record<string, unknown>,
  prefix: string,
  allowed: Set<string>,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const properties = (schema.properties ?? {}) as Record<string, Schema>;
  for (const [name, field] of Object.entries(properties)) {
    const path = prefix ? `${prefix}.${name}` : name;
    if (!allowed.has(path) || !Object.prototype.hasOwnProperty.call(raw, name)) continue;
    const value = raw[name];
    if (field.properties && value !== null && typeof value === 'object' && !Array.isArray(value)) {
      out[name] = pick(field, value as Record<string, unknown>, path, allowed);
      continue;
    }
    const coerced = coerce(field, value);
    if (coerced !== undefined) out[name] = coerced;
  }
  return out;
}

/** HTML-form text read as the field's type, as the renderers read it (readScalar); other JSON values as sent. */
function coerce(field: Schema, value: unknown): unknown {
  if (typeof value !== 'string') return value;
  return readScalar(value, Array.isArray(field.type) ? (field.type as string[]) : [field.type as string]);
}
