import type { FormBody } from '../http/formBody';
import type { FieldSpec } from './fieldModel';

/**
 * A posted form read back into answers shaped like the step form: dotted names become nested objects, checkbox
 * groups become arrays (of numbers when the items are numbers), everything else stays the string posted — the
 * session service reads strings as the schema's types and validates. Only the step's own fields are read; a
 * name the page did not render is ignored. Radio and select values are the enum values the page rendered, never
 * indexes.
 * @internal
 */
export function readAnswers(fields: FieldSpec[], body: FormBody): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of fields) {
    const name = field.path.split('.').pop()!;
    if (field.kind === 'group') {
      const inner = readAnswers(field.children, body);
      if (Object.keys(inner).length) out[name] = inner;
      continue;
    }
    const raw = body[field.path];
    if (raw === undefined) continue;
    if (field.kind === 'checkboxes') {
      const values = (Array.isArray(raw) ? raw : [raw]).filter((v) => v !== '');
      out[name] =
        field.itemType === 'integer' || field.itemType === 'number'
          ? values.map((v) => (Number.isFinite(Number(v)) ? Number(v) : v))
          : values;
      continue;
    }
    out[name] = Array.isArray(raw) ? raw[0] : raw;
  }
  return out;
}

/** The value at a dotted path of answers. @internal */
export function valueAt(answers: Record<string, unknown>, path: string): unknown {
  let node: unknown = answers;
  for (const part of path.split('.'))
    node = node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined;
  return node;
}
