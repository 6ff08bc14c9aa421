import type { FormField } from '@cauce/schemas';

/**
 * The choices a field offers, in the form's order: its `enum` values (but `null`, which only says "no answer"),
 * then the `const` of each `oneOf`/`anyOf` branch with the branch's `title`.
 * @public
 */
export function choicesOf(node: FormField): Array<{ value: unknown; title?: string }> {
  const out: Array<{ value: unknown; title?: string }> = [];
  if (Array.isArray(node.enum)) for (const value of node.enum) if (value !== null) out.push({ value });
  for (const key of ['oneOf', 'anyOf'] as const) {
    const branches = node[key];
    if (!Array.isArray(branches)) continue;
    for (const branch of branches as FormField[])
      if ('const' in branch)
        out.push({ value: branch.const, title: typeof branch.title === 'string' ? branch.title : undefined });
  }
  return out;
}
