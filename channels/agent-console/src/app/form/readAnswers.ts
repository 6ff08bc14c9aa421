type Schema = Record<string, unknown>;

/** What a form holds: each input's name and its values (a FormData, or a plain map in tests). */
export interface FormValues {
  getAll(name: string): Array<string | File>;
}

/**
 * The answers of a step as the server expects them, from the form's inputs and the step's schema: values typed
 * by the schema (numbers, booleans, arrays, nested objects), radio and select values as the enum values themselves,
 * empty inputs left out (so `required` is the server's to report); a checkbox left unticked is `false`.
 */
export function readAnswers(schema: Schema, form: FormValues, prefix = ''): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, field] of Object.entries((schema.properties ?? {}) as Record<string, Schema>)) {
    const path = prefix ? `${prefix}.${name}` : name;
    const types = ([] as unknown[]).concat(field.type ?? []);
    if (types.includes('object') || field.properties) {
      const nested = readAnswers(field, form, path);
      if (Object.keys(nested).length) out[name] = nested;
      continue;
    }
    const raw = form.getAll(path).filter((v): v is string => typeof v === 'string');
    if (types.includes('array')) {
      if (raw.length)
        out[name] = raw.map((v) =>
          coerce(v, ([] as unknown[]).concat((field.items as Schema | undefined)?.type ?? 'string')),
        );
      continue;
    }
    if (types.includes('boolean') && !optionsFree(field)) {
      out[name] = raw.includes('true');
      continue;
    }
    const value = raw.at(-1)?.trim();
    if (value === undefined || value === '') continue;
    out[name] = coerce(value, types);
  }
  return out;
}

// helpers
function coerce(value: string, types: unknown[]): unknown {
  if ((types.includes('integer') || types.includes('number')) && !types.includes('string')) {
    const n = Number(value.replace(',', '.'));
    return Number.isFinite(n) ? n : value;
  }
  if (types.includes('boolean') && !types.includes('string') && (value === 'true' || value === 'false'))
    return value === 'true';
  return value;
}

/** A boolean with an enum of its own is a radio group; without, a checkbox (absent = false). */
function optionsFree(field: Schema): boolean {
  return Array.isArray(field.enum);
}
