/**
 * The `default` of a `switch` that handles every member of a union: `default: return exhaustive(x, 'effect')`.
 * TypeScript refuses the call while a member is unhandled (`x` is then not `never`), so adding a member to a union
 * breaks the build at every switch that forgot it; at run time it throws, naming what it did not know (a value
 * from outside the types: a row, a request).
 * @public
 */
export function exhaustive(value: never, what = 'value'): never {
  throw new Error(`unhandled ${what} ${describe(value)}`);
}

// helpers
function describe(value: unknown): string {
  if (typeof value === 'string') return `'${value}'`;
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
