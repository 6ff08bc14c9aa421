/** The value at a dotted path of nested answers (`undefined` when any part is missing). @public */
export function valueAt(answers: Record<string, unknown> | undefined, path: string): unknown {
  let node: unknown = answers;
  for (const part of path.split('.'))
    node = node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined;
  return node;
}
