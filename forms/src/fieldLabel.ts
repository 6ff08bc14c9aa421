import type { FieldLabel, FieldText, FormField } from '@cauce/schemas';
import { choicesOf } from './choicesOf';

/**
 * The label, help and option labels of one field in one language: the step's texts for the field (`fields` of
 * `texts/<lang>.json`), else the form's `title`, `description` and option `title`s, else the field's name and the
 * values themselves. `fill` fills the help's `{{placeholders}}` (the session service passes the variables the step
 * sees; the default leaves them). Option labels cover the field's choices and its items' (choicesOf).
 * @public
 */
export function fieldLabel(
  node: FormField | undefined,
  path: string,
  own?: FieldText,
  fill: (text: string) => string = (text) => text,
): FieldLabel {
  const title = typeof node?.title === 'string' ? node.title : undefined;
  const entry: FieldLabel = { label: own?.label ?? title ?? path.slice(path.lastIndexOf('.') + 1) };
  const help = own?.help ?? (typeof node?.description === 'string' ? node.description : undefined);
  if (help) entry.help = fill(help);
  const options = optionLabels(node, own?.options);
  if (options) entry.options = options;
  return entry;
}

// helpers
function optionLabels(
  node: FormField | undefined,
  own: Record<string, string | undefined> | undefined,
): Record<string, string> | undefined {
  if (!node) return undefined;
  const choices = [...choicesOf(node), ...(node.items ? choicesOf(node.items) : [])];
  if (!choices.length) return undefined;
  const out: Record<string, string> = {};
  for (const { value, title } of choices) out[String(value)] = own?.[String(value)] ?? title ?? String(value);
  return out;
}
