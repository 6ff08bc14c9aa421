import { readScalar } from './readScalar';
import type { FieldKind, StepField } from './StepField';

/**
 * What a form posted: a `FormData` (the console), or a parsed urlencoded body with one string per name, or all of
 * them when repeated (the pages).
 * @public
 */
export type PostedForm = { getAll(name: string): unknown[] } | Record<string, unknown>;

/**
 * The answers of a step from what its form posted, shaped and typed like the form: dotted names nest into objects;
 * a set of choices is a list; each value is read as its field's type (readScalar); free text is trimmed, and a blank
 * answer is left out, so `required` is the form's to report. An object field nobody filled is left out, unless the
 * form requires it: then it is `{}`, so each of its own required fields gets its message. A yes/no asked as one
 * checkbox is `false` when unticked. Only the fields given are read: a name the form did not render is ignored.
 * @public
 */
export function readAnswers(fields: StepField[], posted: PostedForm): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of fields) {
    const name = field.path.slice(field.path.lastIndexOf('.') + 1);
    if (field.kind === 'group') {
      const inner = readAnswers(field.children, posted);
      if (Object.keys(inner).length || field.requirement === 'required') out[name] = inner;
      continue;
    }
    const texts = textsOf(posted, field.path);
    if (field.kind === 'yesNo' && field.control === 'checkbox') {
      out[name] = texts.includes('true');
      continue;
    }
    const values = (field.kind === 'choices' ? texts : texts.slice(0, 1))
      .map((text) => readScalar(FREE_TEXT.has(field.kind) ? text.trim() : text, [field.valueType]))
      .filter((value) => value !== undefined);
    if (field.kind === 'choices') {
      if (values.length) out[name] = values;
    } else if (values.length) out[name] = values[0];
  }
  return out;
}

// helpers
/** Kinds whose answer is typed by a person; choices post the form's own values, kept exactly. */
const FREE_TEXT = new Set<FieldKind>(['text', 'textarea', 'number', 'date', 'email', 'phone']);

function textsOf(posted: PostedForm, name: string): string[] {
  if (typeof posted.getAll === 'function') return (posted.getAll as (n: string) => unknown[])(name).filter(isText);
  const value = Object.prototype.hasOwnProperty.call(posted, name)
    ? (posted as Record<string, unknown>)[name]
    : undefined;
  return ([] as unknown[]).concat(value ?? []).filter(isText);
}

function isText(value: unknown): value is string {
  return typeof value === 'string';
}
