import type { FormField, Language } from '@cauce/schemas';
import { copyDraft } from './copyDraft';
import { fieldTexts } from './fieldTexts';
import { formTree } from './formTree';
import type { FieldType } from './FieldType';
import { schemaOfType } from './schemaOfType';
import type { FieldTexts, StepFormDraft } from './StepFormDraft';
import { writeTexts } from './writeTexts';

/**
 * Changes a field's type: its schema becomes the type's (schemaOfType), keeping what does not depend on the type —
 * its title and description, position, sensitivity, read-only, and who and which channels see it. Texts that no
 * longer apply go (option labels off a choice, a pattern message off a field without a pattern, the texts of an
 * address's fields off an address); `texts` adds the new type's (a pattern message, an address's labels).
 * @public
 */
export function setFieldType(
  draft: StepFormDraft,
  path: string,
  type: FieldType,
  opts: { values?: string[]; texts?: Record<string, FieldTexts> } = {},
): StepFormDraft {
  const next = copyDraft(draft);
  const { parent, name } = formTree.parentOf(next.form, path);
  const old = parent.properties![name]!;
  const fresh: FormField = schemaOfType(type, opts.values);
  for (const key of KEPT) if (old[key] !== undefined) (fresh as Record<string, unknown>)[key] = old[key];
  parent.properties![name] = fresh;
  if (old.properties && !fresh.properties) fieldTexts.rekey(next, (p) => (p.startsWith(`${path}.`) ? null : p));
  for (const lang of Object.keys(next.texts) as Language[])
    fieldTexts.update(next, lang, path, (text) => {
      if (!text) return text;
      if (type !== 'choice') delete text.options;
      if (fresh.pattern === undefined) delete text.patternMessage;
      return text;
    });
  writeTexts(next, path, opts.texts);
  return next;
}

// helpers
const KEPT = [
  'title',
  'description',
  'readOnly',
  'x-cauce-order',
  'x-cauce-sensitive',
  'x-cauce-visibleTo',
  'x-cauce-channels',
] as const;
