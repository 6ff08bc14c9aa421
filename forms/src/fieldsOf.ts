import type { FieldLabel, FormField } from '@cauce/schemas';
import { autocompleteOf } from './autocompleteOf';
import { FIELD_PATTERNS } from './builder/fieldPatterns';
import { choicesOf } from './choicesOf';
import { fieldId } from './fieldId';
import { fieldLabel } from './fieldLabel';
import type { FieldKind, FieldOption, Requirement, StepField, ValueType } from './StepField';
import { typesOf } from './typesOf';
import { valueAt } from './valueAt';

/** What a renderer says about its own look, and what the step view adds (answers, errors, yes/no words). @public */
export interface FieldsOptions {
  /** answers given so far (the view's `answers`): each field's `value` */
  answers?: Record<string, unknown>;
  /** the view's field errors: each field's `error` */
  errors?: ReadonlyArray<{ field: string; message: string }>;
  /** a choice with more options than this is a select, unless the form says `radio` (default 7) */
  radiosUpTo?: number;
  /** a yes/no question as two radios (default: no answer stays no answer) or one checkbox (unticked is "no") */
  yesNoAs?: 'radios' | 'checkbox';
  /** the yes/no option labels in the viewer's language, where the step's texts give none */
  yesNo?: { yes: string; no: string };
}

/**
 * The fields of a step's form in the order the specialist set (`x-cauce-order`, then declaration order), with the
 * view's labels, hints and option labels (a field the view does not label gets the form's own: fieldLabel), each
 * field's kind
 * and constraints, its answer and its error. The kind comes from the schema and its `x-cauce-widget` hint: an object
 * is a group; an array a set of choices; a boolean yes/no; an enum or `oneOf` of consts a choice (a select past
 * `radiosUpTo` options, unless the form says radio or select); a long text (over 200 characters, or
 * `x-cauce-widget: textarea`) a textarea; then date (format or widget), email (format or name), phone (by name, or the builder's phone pattern),
 * number (integer or number type), text. Option values are the form's own values, as strings.
 * @public
 */
export function fieldsOf(
  form: FormField,
  labels: Record<string, FieldLabel>,
  options: FieldsOptions = {},
): StepField[] {
  const errors = new Map((options.errors ?? []).map((e) => [e.field, e.message]));
  return objectFields(form, '', { labels, options, errors });
}

// helpers
interface Context {
  labels: Record<string, FieldLabel>;
  options: FieldsOptions;
  errors: Map<string, string>;
}

function objectFields(node: FormField, prefix: string, ctx: Context): StepField[] {
  const properties = (node.properties ?? {}) as Record<string, FormField>;
  const required = new Set(Array.isArray(node.required) ? (node.required as string[]) : []);
  const conditional = new Set(
    (Array.isArray(node.allOf) ? (node.allOf as FormField[]) : []).flatMap((rule) => {
      const then = rule.then as FormField | undefined;
      return Array.isArray(then?.required) ? (then.required as string[]) : [];
    }),
  );
  const order = (name: string) => {
    const at = properties[name]['x-cauce-order'];
    return typeof at === 'number' ? at : Number.POSITIVE_INFINITY;
  };
  const names = Object.keys(properties).map((name, index) => ({ name, index, order: order(name) }));
  names.sort((a, b) => a.order - b.order || a.index - b.index);
  return names.map(({ name }) => {
    const requirement: Requirement = required.has(name)
      ? 'required'
      : conditional.has(name)
        ? 'conditional'
        : 'optional';
    return fieldOf(properties[name], name, prefix ? `${prefix}.${name}` : name, requirement, ctx);
  });
}

function fieldOf(node: FormField, name: string, path: string, requirement: Requirement, ctx: Context): StepField {
  const text = ctx.labels[path] ?? fieldLabel(node, path);
  const autocomplete = autocompleteOf(name);
  const types = typesOf(node);
  const choices = choicesOf((types.includes('array') ? (node.items as FormField | undefined) : undefined) ?? node);
  const options: FieldOption[] = choices.map(({ value, title }) => ({
    value: String(value),
    label: text.options?.[String(value)] ?? title ?? String(value),
  }));
  const { kind, control } = kindOf(node, types, options.length, autocomplete, ctx.options);
  const field: StepField = {
    kind,
    path,
    id: fieldId(path),
    label: text.label,
    requirement,
    options: kind === 'yesNo' ? yesNoOptions(text, ctx.options) : options,
    valueType:
      kind === 'yesNo' ? 'boolean' : valueTypeOf(kind === 'choices' ? ((node.items as FormField) ?? {}) : node),
    children: kind === 'group' ? objectFields(node, path, ctx) : [],
    sensitive: node['x-cauce-sensitive'] === true,
    readOnly: node.readOnly === true,
  };
  if (text.help) field.hint = text.help;
  if (control) field.control = control;
  for (const key of ['minLength', 'maxLength', 'minimum', 'maximum'] as const)
    if (typeof node[key] === 'number') field[key] = node[key] as number;
  if (typeof node.pattern === 'string') field.pattern = node.pattern;
  if (autocomplete) field.autocomplete = autocomplete;
  if (node['x-cauce-visibleTo']) field.visibleTo = node['x-cauce-visibleTo'];
  if (node['x-cauce-channels']) field.channels = node['x-cauce-channels'];
  const value = ctx.options.answers ? valueAt(ctx.options.answers, path) : undefined;
  if (value !== undefined) field.value = value;
  const error = ctx.errors.get(path);
  if (error !== undefined) field.error = error;
  return field;
}

function kindOf(
  node: FormField,
  types: string[],
  choices: number,
  autocomplete: string | undefined,
  options: FieldsOptions,
): { kind: FieldKind; control?: StepField['control'] } {
  const widget = node['x-cauce-widget'];
  if (node.properties || types.includes('object')) return { kind: 'group' };
  if (types.includes('array')) return { kind: 'choices' };
  if (types.includes('boolean')) return { kind: 'yesNo', control: options.yesNoAs ?? 'radios' };
  if (choices) {
    const select = widget === 'select' || (widget !== 'radio' && choices > (options.radiosUpTo ?? 7));
    return { kind: 'choice', control: select ? 'select' : 'radios' };
  }
  if (widget === 'textarea' || (typeof node.maxLength === 'number' && node.maxLength > 200 && widget !== 'text'))
    return { kind: 'textarea' };
  if (node.format === 'date' || widget === 'date') return { kind: 'date' };
  if (node.format === 'email' || autocomplete === 'email') return { kind: 'email' };
  if (autocomplete === 'tel' || node.pattern === FIELD_PATTERNS.phone.pattern) return { kind: 'phone' };
  if (types.includes('integer') || types.includes('number')) return { kind: 'number' };
  return { kind: 'text' };
}

/** What posted text becomes: a field that may be a string stays text; else its integer, number or boolean. */
function valueTypeOf(node: FormField): ValueType {
  const types = typesOf(node);
  if (types.includes('string') || !types.length) return 'string';
  if (types.includes('integer')) return 'integer';
  if (types.includes('number')) return 'number';
  return types.includes('boolean') ? 'boolean' : 'string';
}

function yesNoOptions(text: FieldLabel, options: FieldsOptions): FieldOption[] {
  return [
    { value: 'true', label: text.options?.true ?? options.yesNo?.yes ?? 'true' },
    { value: 'false', label: text.options?.false ?? options.yesNo?.no ?? 'false' },
  ];
}
