/** The `{{dotted.path}}` placeholders of a text, in order, without duplicates. @public */
export function placeholders(text: string): string[] {
  return [
    ...new Set([...text.matchAll(/\{\{\s*([A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z0-9_]+)*)\s*\}\}/g)].map((m) => m[1])),
  ];
}

/**
 * Fills `{{dotted.path}}` placeholders from plain variables (`{{citizen.address.street}}`,
 * `{{slots.0.time}}`). A placeholder whose value is missing or null is left as it is and its path is
 * returned in `missing`, so a caller can refuse to show a half-filled script.
 * @public
 */
export function interpolate(text: string, variables: Record<string, unknown>): { text: string; missing: string[] } {
  const missing: string[] = [];
  const filled = text.replace(/\{\{\s*([A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z0-9_]+)*)\s*\}\}/g, (whole, path: string) => {
    let value: unknown = variables;
    for (const part of path.split('.'))
      value = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[part] : undefined;
    if (value === undefined || value === null) {
      missing.push(path);
      return whole;
    }
    return typeof value === 'object' ? JSON.stringify(value) : String(value);
  });
  return { text: filled, missing };
}
