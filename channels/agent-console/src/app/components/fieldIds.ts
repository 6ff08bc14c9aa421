/** The id of a field's input (its first option for a radio or checkbox group): what error links point at. */
export function fieldId(path: string): string {
  return `f-${path.replace(/[^A-Za-z0-9_-]/g, '-') || 'general'}`;
}

/** A value at a dotted path of nested answers. */
export function valueAt(obj: Record<string, unknown> | undefined, path: string): unknown {
  let v: unknown = obj;
  for (const part of path.split('.'))
    v = v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[part] : undefined;
  return v;
}
