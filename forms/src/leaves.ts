import type { StepField } from './StepField';

/** Every field that takes an answer itself (groups opened), depth first, in order. @public */
export function leaves(fields: StepField[]): StepField[] {
  return fields.flatMap((field) => (field.kind === 'group' ? leaves(field.children) : [field]));
}
