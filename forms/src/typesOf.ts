import type { FormField } from '@cauce/schemas';

/** A field's JSON types as a list (`type: "string"` → `["string"]`; none → `[]`). @internal */
export function typesOf(node: FormField): string[] {
  return ([] as unknown[]).concat(node.type ?? []).filter((t): t is string => typeof t === 'string');
}
