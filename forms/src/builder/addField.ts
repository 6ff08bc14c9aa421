import type { FormField } from '@cauce/schemas';
import type { BuilderResult } from './BuilderResult';
import { copyDraft } from './copyDraft';
import { formTree } from './formTree';
import { isFieldName } from './isFieldName';
import type { FieldType } from './FieldType';
import { schemaOfType } from './schemaOfType';
import type { FieldTexts, StepFormDraft } from './StepFormDraft';
import { writeTexts } from './writeTexts';

/** What {@link addField} adds. @public */
export interface NewField {
  /** the field's name: the process variable it sets (FEEL-friendly: a letter or _, then letters, digits or _) */
  name: string;
  type: FieldType;
  /** the group to add it to (dotted path); the form itself by default */
  parent?: string;
  /** its position among its siblings (0 first); last by default */
  at?: number;
  /** a choice's option values */
  values?: string[];
  /** its texts (key '') and those of the fields inside it (an address's `street`…), per language */
  texts?: Record<string, FieldTexts>;
}

/**
 * Adds a field of a builder type to the step's form, where the specialist put it, with its labels in the step's
 * texts (each language given, on each of the step's channels). Refused when the name is not a field name or a
 * sibling has it.
 * @public
 */
export function addField(draft: StepFormDraft, field: NewField): BuilderResult {
  if (!isFieldName(field.name)) return { ok: false, problem: 'name-invalid' };
  const next = copyDraft(draft);
  const parent: FormField | undefined = field.parent ? formTree.nodeAt(next.form, field.parent) : next.form;
  if (!parent?.properties) throw new Error(`the form has no group '${field.parent}'`);
  if (parent.properties[field.name]) return { ok: false, problem: 'name-taken' };
  const names = formTree.orderOf(parent);
  parent.properties[field.name] = schemaOfType(field.type, field.values);
  names.splice(Math.max(0, Math.min(field.at ?? names.length, names.length)), 0, field.name);
  formTree.writeOrder(parent, names);
  writeTexts(next, field.parent ? `${field.parent}.${field.name}` : field.name, field.texts);
  return { ok: true, value: next };
}
