import type { StepView } from '../api/types';

type Schema = Record<string, unknown>;
type Labels = NonNullable<StepView['step']>['labels'];

/** How a field is rendered. */
export type FieldKind =
  'radio' | 'select' | 'checkbox' | 'checkboxes' | 'text' | 'textarea' | 'date' | 'number' | 'group';

/** One field of a step's form, ready to render: everything the component needs, nothing it must look up. */
export interface FieldSpec {
  /** dotted path (`newAddress.postcode`): the key of labels and errors, and the input's name */
  path: string;
  kind: FieldKind;
  label: string;
  help?: string;
  required: boolean;
  options: Array<{ value: string; label: string }>;
  /** for text inputs: the schema's limits, mirrored in the input (the server validates anyway) */
  maxLength?: number;
  /** `x-cauce-sensitive`: personal data, not autocompleted by the browser */
  sensitive: boolean;
  /** nested fields of an object */
  children: FieldSpec[];
}

/**
 * The fields of a step's JSON Schema in the order the specialist set (`x-cauce-order`, then schema order), with the
 * labels, help and option labels the view gives in the agent's language. The widget comes from `x-cauce-widget`,
 * else from the type: an enum is a radio group up to 5 options and a select above; a boolean a checkbox; an array
 * of enum a checkbox group; an object a group (fieldset) of its own fields.
 */
export function fieldsOf(schema: Schema, labels: Labels, prefix = ''): FieldSpec[] {
  const properties = (schema.properties ?? {}) as Record<string, Schema>;
  const required = new Set((schema.required as string[] | undefined) ?? []);
  const names = Object.keys(properties);
  const order = (name: string) =>
    typeof properties[name]['x-cauce-order'] === 'number'
      ? (properties[name]['x-cauce-order'] as number)
      : 1e6 + names.indexOf(name);
  return [...names]
    .sort((a, b) => order(a) - order(b))
    .map((name) => {
      const field = properties[name];
      const path = prefix ? `${prefix}.${name}` : name;
      const text = labels[path];
      const kind = kindOf(field);
      const spec: FieldSpec = {
        path,
        kind,
        label: text?.label ?? (field.title as string | undefined) ?? name,
        required: required.has(name),
        options: optionsOf(field).map((value) => ({ value, label: text?.options?.[value] ?? value })),
        sensitive: field['x-cauce-sensitive'] === true,
        children: kind === 'group' ? fieldsOf(field, labels, path) : [],
      };
      const help = text?.help ?? (field.description as string | undefined);
      if (help) spec.help = help;
      if (typeof field.maxLength === 'number') spec.maxLength = field.maxLength;
      return spec;
    });
}

/** Every leaf field, depth first (what errors and answers are keyed by). */
export function leaves(fields: FieldSpec[]): FieldSpec[] {
  return fields.flatMap((f) => (f.kind === 'group' ? leaves(f.children) : [f]));
}

// helpers
function kindOf(field: Schema): FieldKind {
  const widget = field['x-cauce-widget'];
  const types = ([] as unknown[]).concat(field.type ?? []);
  if (types.includes('object') || field.properties) return 'group';
  if (types.includes('array')) return 'checkboxes';
  if (widget === 'radio' || widget === 'select' || widget === 'textarea' || widget === 'date' || widget === 'checkbox')
    return widget;
  if (types.includes('boolean')) return 'checkbox';
  if (optionsOf(field).length) return optionsOf(field).length > 5 ? 'select' : 'radio';
  if (types.includes('integer') || types.includes('number')) return 'number';
  if (field.format === 'date') return 'date';
  return 'text';
}

function optionsOf(field: Schema): string[] {
  const source = (field.items as Schema | undefined) ?? field;
  if (Array.isArray(source.enum)) return source.enum.filter((v) => v !== null).map(String);
  for (const key of ['oneOf', 'anyOf'] as const) {
    if (Array.isArray(source[key]))
      return (source[key] as Schema[]).filter((b) => 'const' in b).map((b) => String(b.const));
  }
  return [];
}
