import type { FormSchema } from '@cauce/schemas';

/** A field of a form as the texts must label it: its dotted path, the channels it is shown on and its choices. @internal */
export interface FormField {
  /** `email`, or `address.street` for a field of an object field */
  path: string;
  /** `x-cauce-channels`, when the field is shown on some channels only */
  channels?: string[];
  /** the values a user chooses from (`enum`, `oneOf[].const`, an array's `items.enum`), as strings */
  options: string[];
}

/**
 * Every field of a form, object fields and their own fields alike, with the choices it offers.
 * The texts of a step need a label for each, and a label for each choice.
 * @internal
 */
export function formFields(form: FormSchema | undefined, prefix = ''): FormField[] {
  const fields: FormField[] = [];
  for (const [name, raw] of Object.entries(form?.properties ?? {})) {
    const field = raw as Record<string, unknown>;
    const path = prefix ? `${prefix}.${name}` : name;
    const choices = Array.isArray(field.enum)
      ? field.enum
      : Array.isArray(field.oneOf)
        ? (field.oneOf as Array<{ const?: unknown }>).map((o) => o.const)
        : [];
    const items = field.items as { enum?: unknown[] } | undefined;
    const options = [...choices, ...(items?.enum ?? [])].filter((v) => v !== undefined).map(String);
    fields.push({ path, channels: field['x-cauce-channels'] as string[] | undefined, options });
    if (field.type === 'object' && field.properties) fields.push(...formFields(field as unknown as FormSchema, path));
  }
  return fields;
}
