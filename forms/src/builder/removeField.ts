import type { FormField } from '@cauce/schemas';
import { copyDraft } from './copyDraft';
import { fieldTexts } from './fieldTexts';
import { formTree } from './formTree';
import type { StepFormDraft } from './StepFormDraft';

/**
 * Removes a field (with the fields inside it) from the step's form: from its object's `required`, from the
 * conditional rules that require it (a rule whose condition reads it goes too: it could never hold), and its texts
 * in every language and channel, so nothing labels a field the form no longer has.
 * @public
 */
export function removeField(draft: StepFormDraft, path: string): StepFormDraft {
  const next = copyDraft(draft);
  const { parent, name } = formTree.parentOf(next.form, path);
  const names = formTree.orderOf(parent).filter((n) => n !== name);
  delete parent.properties![name];
  formTree.writeOrder(parent, names);
  if (Array.isArray(parent.required)) parent.required = (parent.required as string[]).filter((n) => n !== name);
  if (Array.isArray(parent.required) && !parent.required.length) delete parent.required;
  if (Array.isArray(parent.allOf)) {
    const rules = (parent.allOf as FormField[])
      .filter((rule) => !reads(rule, name))
      .map((rule) => without(rule, name))
      .filter((rule): rule is FormField => rule !== undefined);
    if (rules.length) parent.allOf = rules;
    else delete parent.allOf;
  }
  fieldTexts.rekey(next, (p) => (p === path || p.startsWith(`${path}.`) ? null : p));
  return next;
}

// helpers
/** Whether a conditional rule's condition reads the field. */
function reads(rule: FormField, name: string): boolean {
  const condition = rule.if as FormField | undefined;
  return (
    Boolean(condition?.properties?.[name]) || (Array.isArray(condition?.required) && condition.required.includes(name))
  );
}

/** The rule without the field among those it requires; `undefined` when it then says nothing more. */
function without(rule: FormField, name: string): FormField | undefined {
  const then = rule.then as FormField | undefined;
  if (!Array.isArray(then?.required)) return rule;
  const { required, ...rest } = then;
  const left = (required as string[]).filter((n) => n !== name);
  if (left.length) return { ...rule, then: { ...rest, required: left } };
  return Object.keys(rest).length ? { ...rule, then: rest } : undefined;
}
