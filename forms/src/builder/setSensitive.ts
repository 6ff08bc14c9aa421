import { copyDraft } from './copyDraft';
import { formTree } from './formTree';
import type { StepFormDraft } from './StepFormDraft';

/**
 * Marks a field as personal or protected data (`x-cauce-sensitive`: masked in logs, history and figures, not
 * remembered by browsers) or not.
 * @public
 */
export function setSensitive(draft: StepFormDraft, path: string, sensitive: boolean): StepFormDraft {
  const next = copyDraft(draft);
  const node = formTree.nodeAt(next.form, path);
  if (!node) throw new Error(`the form has no field '${path}'`);
  if (sensitive) node['x-cauce-sensitive'] = true;
  else delete node['x-cauce-sensitive'];
  return next;
}
