import type { FormField } from '@cauce/schemas';
import type { BuilderResult } from './BuilderResult';
import { copyDraft } from './copyDraft';
import { fieldTexts } from './fieldTexts';
import { formTree } from './formTree';
import { isFieldName } from './isFieldName';
import type { StepFormDraft } from './StepFormDraft';

/**
 * Renames a field (the process variable it sets) in place: its position, `required`, the conditional rules that
 * read or require it, and its texts (with those of the fields inside it) in every language follow. Refused when
 * the new name is not a field name or a sibling has it. Expressions in the flow that read the old name are the
 * flow's to change (the package check lists them).
 * @public
 */
export function renameField(draft: StepFormDraft, path: string, name: string): BuilderResult {
  if (!isFieldName(name)) return { ok: false, problem: 'name-invalid' };
  const next = copyDraft(draft);
  const { parent, name: old } = formTree.parentOf(next.form, path);
  if (old === name) return { ok: true, value: draft };
  if (parent.properties![name]) return { ok: false, problem: 'name-taken' };
  const order = formTree.orderOf(parent);
  parent.properties = Object.fromEntries(
    Object.entries(parent.properties!).map(([key, node]) => [key === old ? name : key, node]),
  );
  formTree.writeOrder(
    parent,
    order.map((n) => (n === old ? name : n)),
  );
  const swap = (list: unknown) => (Array.isArray(list) ? list.map((n) => (n === old ? name : n)) : list);
  if (parent.required) parent.required = swap(parent.required) as string[];
  for (const rule of (parent.allOf ?? []) as FormField[]) {
    const condition = rule.if as FormField | undefined;
    if (condition?.properties?.[old]) {
      const { [old]: moved, ...rest } = condition.properties;
      condition.properties = { ...rest, [name]: moved };
    }
    if (condition?.required) condition.required = swap(condition.required);
    const then = rule.then as FormField | undefined;
    if (then?.required) then.required = swap(then.required);
  }
  const renamed = path.slice(0, path.length - old.length) + name;
  fieldTexts.rekey(next, (p) => (p === path ? renamed : p.startsWith(`${path}.`) ? renamed + p.slice(path.length) : p));
  return { ok: true, value: next };
}
