import { copyDraft } from './copyDraft';
import { formTree } from './formTree';
import type { StepFormDraft } from './StepFormDraft';

/**
 * Moves a field to another position among its siblings (0 first; clamped), as a drag or the "move up"/"move down"
 * buttons do. The order is written both ways the renderers read it: declaration order and `x-cauce-order` 1…n.
 * @public
 */
export function moveField(draft: StepFormDraft, path: string, to: number): StepFormDraft {
  const next = copyDraft(draft);
  const { parent, name } = formTree.parentOf(next.form, path);
  const names = formTree.orderOf(parent).filter((n) => n !== name);
  names.splice(Math.max(0, Math.min(to, names.length)), 0, name);
  formTree.writeOrder(parent, names);
  return next;
}
