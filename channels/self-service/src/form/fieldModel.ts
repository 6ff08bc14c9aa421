import type { StepView } from '../contract';

type Schema = Record<string, unknown>;
type Labels = NonNullable<StepView['step']>['labels'];

/** How one field of a step form is rendered. @internal */
export type FieldKind = 'text' | 'textarea' | 'radios' | 'select' | 'checkboxes' | 'date' | 'group';

/** One field of a step form, ready to render: ids, names, texts and the input hints a browser needs. @internal */
export interface FieldSpec {
  kind: FieldKind;
  /** dotted path, also the input's `name` (`newAddress.postcode`) */
  path: string;
  /** the input's id; for radios and checkboxes the first option's id, which error links point at */
  id: string;
  label: string;
  hint?: string;
  optional: boolean;
  options: Array<{ value: string; label: string }>;
  /** for groups (object fields) */
  children: FieldSpec[];
  /** `type` of a text input */
  inputType: 'text' | 'email' | 'tel' | 'date';
  inputMode?: 'numeric' | 'tel' | 'email' | 'text';
  autocomplete?: string;
  /** width class by the longest answer: w4, w10, w20 or full */
  width: 'w4' | 'w6' | 'w10' | 'w20' | 'full';
  spellcheck: boolean;
  /** items of a checkbox group, and `true`/`false` radios, post as these JSON types */
  itemType?: 'string' | 'integer' | 'number' | 'boolean';
}

/** The id of a field's input: `f-` and the path with dots as dashes (ids stay valid CSS selectors). @internal */
export function fieldId(path: string): string {
  return `f-${path.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}

/**
 * The fields of a step form (already narrowed to the citizen by the session service), in `x-cauce-order` then
 * declaration order. Widgets follow the form's `x-cauce-widget` hint, else the schema: an enum is radios (a select
 * past 7 choices), an array of choices a checkbox group, a boolean yes/no radios, an object a group.
 * Option labels come from the step's texts; radio and select values are the enum values themselves.
 * @internal
 */
export function fieldModel(form: Schema, labels: Labels, yesNo: { yes: string; no: string }): FieldSpec[] {
  return objectFields(form, '', labels, yesNo, conditionallyRequired(form));
}

// helpers
function objectFields(
  node: Schema,
  prefix: string,
  labels: Labels,
  yesNo: { yes: string; no: string },
  conditional: Set<string>,
): FieldSpec[] {
  const properties = (node.properties ?? {}) as Record<string, Schema>;
  const required = new Set((node.required as string[] | undefined) ?? []);
  const names = Object.keys(properties).map((name, index) => ({
    name,
    index,
    order: Number(properties[name]['x-cauce-order'] ?? Number.MAX_SAFE_INTEGER),
  }));
  names.sort((a, b) => a.order - b.order || a.index - b.index);
  return names.map(({ name }) => {
    const path = prefix ? `${prefix}.${name}` : name;
    const field = properties[name];
    const text = labels[path] ?? { label: (field.title as string | undefined) ?? name };
    const spec = base(path, field, text, !required.has(name) && !conditional.has(path));
    if (field.properties)
      return { ...spec, kind: 'group', children: objectFields(field, path, labels, yesNo, conditional) };
    return { ...spec, ...widget(field, text.options, yesNo) };
  });
}

function base(path: string, field: Schema, text: Labels[string], optional: boolean): FieldSpec {
  const name = path.split('.').pop()!;
  const maxLength = typeof field.maxLength === 'number' ? field.maxLength : undefined;
  const hinted = field['x-cauce-autocomplete'] as string | undefined;
  const autocomplete = hinted ?? AUTOCOMPLETE[name];
  const format = field.format as string | undefined;
  const inputType =
    format === 'email' || autocomplete === 'email'
      ? 'email'
      : autocomplete === 'tel'
        ? 'tel'
        : format === 'date'
          ? 'date'
          : 'text';
  const types = Array.isArray(field.type) ? (field.type as string[]) : [field.type as string];
  const numeric =
    types.includes('integer') ||
    types.includes('number') ||
    autocomplete === 'postal-code' ||
    digitsOnly(field.pattern);
  return {
    kind: 'text',
    path,
    id: fieldId(path),
    label: text.label,
    hint: text.help,
    optional,
    options: [],
    children: [],
    inputType,
    inputMode:
      inputType === 'tel'
        ? 'tel'
        : inputType === 'email'
          ? 'email'
          : numeric && inputType === 'text'
            ? 'numeric'
            : undefined,
    autocomplete,
    width: widthOf(maxLength, autocomplete),
    spellcheck: !field['x-cauce-sensitive'] && inputType === 'text' && !numeric,
  };
}

function widget(
  field: Schema,
  optionLabels: Record<string, string> | undefined,
  yesNo: { yes: string; no: string },
): Partial<FieldSpec> {
  const hint = field['x-cauce-widget'] as string | undefined;
  const types = Array.isArray(field.type) ? (field.type as string[]) : [field.type as string];
  const items = field.items as Schema | undefined;
  if (types.includes('array') && items) {
    return { kind: 'checkboxes', options: choices(items, optionLabels), itemType: scalarType(items) };
  }
  const options = choices(field, optionLabels);
  if (options.length) {
    const kind = hint === 'select' || (hint !== 'radio' && options.length > 7) ? 'select' : 'radios';
    return { kind, options, itemType: scalarType(field) };
  }
  if (types.includes('boolean')) {
    return {
      kind: 'radios',
      options: [
        { value: 'true', label: optionLabels?.true ?? yesNo.yes },
        { value: 'false', label: optionLabels?.false ?? yesNo.no },
      ],
      itemType: 'boolean',
    };
  }
  if (hint === 'textarea' || (typeof field.maxLength === 'number' && field.maxLength > 200 && hint !== 'text'))
    return { kind: 'textarea' };
  if (field.format === 'date' || hint === 'date') return { kind: 'date', inputType: 'date' };
  return { kind: 'text' };
}

function choices(
  node: Schema,
  optionLabels: Record<string, string> | undefined,
): Array<{ value: string; label: string }> {
  const values: Array<{ value: unknown; title?: string }> = [];
  if (Array.isArray(node.enum)) for (const value of node.enum) if (value !== null) values.push({ value });
  for (const key of ['oneOf', 'anyOf'] as const) {
    if (Array.isArray(node[key]))
      for (const branch of node[key] as Schema[])
        if ('const' in branch) values.push({ value: branch.const, title: branch.title as string | undefined });
  }
  return values.map(({ value, title }) => ({
    value: String(value),
    label: optionLabels?.[String(value)] ?? title ?? String(value),
  }));
}

function scalarType(node: Schema): FieldSpec['itemType'] {
  const types = Array.isArray(node.type) ? (node.type as string[]) : [node.type as string];
  if (types.includes('integer')) return 'integer';
  if (types.includes('number')) return 'number';
  if (types.includes('boolean')) return 'boolean';
  return 'string';
}

/** Fields that `allOf[].then.required` may require: not marked optional, since the rule depends on other answers. */
function conditionallyRequired(form: Schema, prefix = ''): Set<string> {
  const out = new Set<string>();
  for (const rule of (form.allOf as Schema[] | undefined) ?? []) {
    for (const name of ((rule.then as Schema | undefined)?.required as string[] | undefined) ?? [])
      out.add(prefix ? `${prefix}.${name}` : name);
  }
  for (const [name, field] of Object.entries((form.properties ?? {}) as Record<string, Schema>)) {
    if (field.properties)
      for (const path of conditionallyRequired(field, prefix ? `${prefix}.${name}` : name)) out.add(path);
  }
  return out;
}

/** A pattern that only ever matches digits (`^(0[1-9]|5[0-2])[0-9]{3}$`): no letter outside `\d`. */
function digitsOnly(pattern: unknown): boolean {
  return typeof pattern === 'string' && /[0-9]|\\d/.test(pattern) && !/[A-Za-z]/.test(pattern.replace(/\\d/g, ''));
}

function widthOf(maxLength: number | undefined, autocomplete: string | undefined): FieldSpec['width'] {
  if (autocomplete === 'postal-code') return 'w6';
  if (maxLength === undefined) return autocomplete === 'tel' ? 'w20' : 'full';
  if (maxLength <= 4) return 'w4';
  if (maxLength <= 6) return 'w6';
  if (maxLength <= 12) return 'w10';
  if (maxLength <= 30) return 'w20';
  return 'full';
}

/**
 * WCAG 1.3.5 (identify input purpose): fields about the person themselves get the HTML autocomplete token their
 * name suggests. A form can say otherwise with `x-cauce-autocomplete` (`"off"` included).
 */
const AUTOCOMPLETE: Record<string, string> = {
  phone: 'tel',
  mobile: 'tel',
  telephone: 'tel',
  callbackPhone: 'tel',
  email: 'email',
  postcode: 'postal-code',
  postalCode: 'postal-code',
  street: 'address-line1',
  municipality: 'address-level2',
  city: 'address-level2',
  province: 'address-level1',
  country: 'country-name',
  givenName: 'given-name',
  familyName: 'family-name',
  fullName: 'name',
  birthDate: 'bday',
  birthYear: 'bday-year',
};
