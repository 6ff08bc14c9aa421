import type { ValidateFunction } from 'ajv';
import { validateFormSchema, type ValidationResult } from './validators';
import { compileFormData } from './formDataAjv';

/**
 * Checks a step form against the form meta-schema, then compiles it to validate answers:
 * `validate(answers)` is false on invalid answers, and `localizedFormErrors(validate.errors, lang)`
 * gives each field its message.
 * @public
 */
export function compileForm(schema: unknown): ValidationResult<ValidateFunction> {
  const checked = validateFormSchema(schema);
  if (!checked.ok) return checked;
  const compiled = compileFormData(checked.value);
  return compiled.ok
    ? { ok: true, value: compiled.validate }
    : { ok: false, problems: [{ path: '', message: compiled.message }] };
}
