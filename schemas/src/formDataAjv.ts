import Ajv2020 from 'ajv/dist/2020';
import type { ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

/** The x-cauce-* hints a form field may carry; to ajv they are annotations. @internal */
export const formHints = [
  'x-cauce-widget',
  'x-cauce-visibleTo',
  'x-cauce-channels',
  'x-cauce-order',
  'x-cauce-sensitive',
];

/**
 * Compiles a form schema to validate *answers* (form data), with every error reported so each
 * field gets its message. A form's `$id` is ignored: forms are compiled alone, and two procedures
 * may reuse one. Compiled functions are cached by schema object.
 * @internal
 */
export function compileFormData(
  schema: object,
): { ok: true; validate: ValidateFunction } | { ok: false; message: string } {
  const cached = cache.get(schema);
  if (cached) return { ok: true, validate: cached };
  const { $id: _ignored, ...anonymous } = schema as { $id?: unknown };
  const instance = ajv();
  try {
    const validate = instance.compile(anonymous);
    cache.set(schema, validate);
    return { ok: true, validate };
  } catch (err) {
    return { ok: false, message: (err as Error).message };
  } finally {
    // The compiled function keeps what it needs; ajv's own cache would grow with every form.
    instance.removeSchema(anonymous);
  }
}

// helpers

const cache = new WeakMap<object, ValidateFunction>();
let shared: Ajv2020 | undefined;

function ajv(): Ajv2020 {
  if (shared) return shared;
  shared = new Ajv2020({
    allErrors: true,
    strict: true,
    strictTypes: false,
    strictTuples: false,
    strictRequired: false,
  });
  addFormats(shared);
  shared.addVocabulary(formHints);
  return shared;
}
