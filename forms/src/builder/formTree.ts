import type { FormField } from '@cauce/schemas';

/**
 * Reading and rewriting a form's field tree in place (the builder's operations work on a copy): the node at a dotted
 * path, a field's parent object and name, siblings in the order the renderers show them, and writing an order
 * back (declaration order and `x-cauce-order` 1…n, so both rules agree).
 * @internal
 */
export const formTree = {
  nodeAt(form: FormField, path: string): FormField | undefined {
    let node: FormField | undefined = form;
    for (const part of path.split('.')) node = propertiesOf(node)?.[part];
    return node;
  },

  /** The object holding the field at `path` and the field's name; throws on a path the form does not have. */
  parentOf(form: FormField, path: string): { parent: FormField; name: string } {
    const at = path.lastIndexOf('.');
    const parent = at < 0 ? form : formTree.nodeAt(form, path.slice(0, at));
    const name = path.slice(at + 1);
    if (!parent || !propertiesOf(parent)?.[name]) throw new Error(`the form has no field '${path}'`);
    return { parent, name };
  },

  /** The names of an object's fields as `fieldsOf` orders them: `x-cauce-order`, then declaration order. */
  orderOf(parent: FormField): string[] {
    const properties = propertiesOf(parent) ?? {};
    const rank = (name: string) => {
      const at = properties[name]['x-cauce-order'];
      return typeof at === 'number' ? at : Number.POSITIVE_INFINITY;
    };
    return Object.keys(properties)
      .map((name, index) => ({ name, index }))
      .sort((a, b) => rank(a.name) - rank(b.name) || a.index - b.index)
      .map(({ name }) => name);
  },

  /** Rewrites an object's fields in this order: declared in it, numbered 1…n by `x-cauce-order`. */
  writeOrder(parent: FormField, names: string[]): void {
    const properties = propertiesOf(parent) ?? {};
    parent.properties = Object.fromEntries(
      names.map((name, i) => [name, { ...properties[name], 'x-cauce-order': i + 1 }]),
    );
  },
};

// helpers
function propertiesOf(node: FormField | undefined): Record<string, FormField> | undefined {
  return node?.properties as Record<string, FormField> | undefined;
}
