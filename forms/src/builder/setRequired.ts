import { copyDraft } from './copyDraft';
import { formTree } from './formTree';
import type { StepFormDraft } from './StepFormDraft';

/** Makes a field required or optional (its object's `required` list, in the order of the fields). @public */
export function setRequired(draft: StepFormDraft, path: string, required: boolean): StepFormDraft {
  const next = copyDraft(draft);
  const { parent, name } = formTree.parentOf(next.form, path);
  const list = new Set(Array.isArray(parent.required) ? (parent.required as string[]) : []);
  if (required) list.add(name);
  else list.delete(name);
  const ordered = [...list].sort((a, b) => rank(a) - rank(b));
  if (ordered.length) parent.required = ordered;
  else delete parent.required;
  return next;

  function rank(n: string): number {
    const at = formTree.orderOf(parent).indexOf(n);
    return at < 0 ? Number.POSITIVE_INFINITY : at;
  }
}
