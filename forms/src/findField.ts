import type { StepField } from './StepField';

/** The field at a dotted path, at any depth (a group or one of its fields). @public */
export function findField(fields: StepField[], path: string): StepField | undefined {
  for (const field of fields) {
    if (field.path === path) return field;
    const inner = findField(field.children, path);
    if (inner) return inner;
  }
  return undefined;
}
