import type { ErrorObject } from 'ajv';
import type { Language } from './generated/common';
import { formMessages, type FormMessage, type FormMessageKey } from './formMessages';

/** One message per field, keyed by the field's dotted path (`address.postcode`; '' for the whole form). @public */
export type FormFieldErrors = Record<string, string>;

/**
 * Turns the ajv errors of validating *answers* against a step form into one message per field, in
 * the citizen's or agent's language. When a field breaks several rules the most basic one is told
 * (missing, then wrong type, then not a choice, then format, then length or range), as one message
 * per field is what the error summary and the field show. A field's own `patternMessages` (the step texts'
 * `patternMessage`, by field path, already in `lang`) replaces the general message when the pattern is what is told.
 * @public
 */
export function localizedFormErrors(
  errors: ErrorObject[] | null | undefined,
  lang: Language,
  patternMessages: Record<string, string> = {},
): FormFieldErrors {
  const byField = new Map<string, Array<{ key: FormMessageKey; rank: number; limit?: number }>>();
  for (const e of errors ?? []) {
    const found = classify(e);
    if (!found) continue;
    const list = byField.get(found.field) ?? [];
    list.push(found);
    byField.set(found.field, list);
  }
  const out: FormFieldErrors = {};
  for (const [field, found] of byField) {
    // A oneOf/anyOf of consts is a choice list: its failure means "not one of the options".
    const choice = found.some((f) => f.key === 'const') && found.some((f) => f.rank === RANK.composite);
    const best = choice ? { key: 'enum' as const } : found.reduce((a, b) => (b.rank < a.rank ? b : a));
    const own = best.key === 'pattern' ? patternMessages[field] : undefined;
    out[field] = own ?? render(formMessages[best.key][lang], lang, 'limit' in best ? best.limit : undefined);
  }
  return out;
}

// helpers

const RANK = { required: 0, type: 1, choice: 2, composite: 3, format: 4, size: 5, other: 6 } as const;

function classify(e: ErrorObject): { field: string; key: FormMessageKey; rank: number; limit?: number } | undefined {
  const p = e.params as Record<string, unknown>;
  const field = fieldOf(e.instancePath);
  switch (e.keyword) {
    case 'required':
    case 'dependentRequired':
      return { field: join(field, String(p.missingProperty)), key: 'required', rank: RANK.required };
    case 'additionalProperties':
      return { field: join(field, String(p.additionalProperty)), key: 'invalid', rank: RANK.other };
    case 'type':
      return { field, key: typeKey(String(p.type)), rank: RANK.type };
    case 'enum':
      return { field, key: 'enum', rank: RANK.choice };
    case 'const':
      return { field, key: p.allowedValue === true ? 'const.true' : 'const', rank: RANK.choice };
    case 'oneOf':
    case 'anyOf':
      return { field, key: 'invalid', rank: RANK.composite };
    case 'format':
      return { field, key: formatKey(String(p.format)), rank: RANK.format };
    case 'pattern':
      return { field, key: 'pattern', rank: RANK.format };
    case 'minLength':
    case 'maxLength':
    case 'minItems':
    case 'maxItems':
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return { field, key: e.keyword, rank: RANK.size, limit: Number(p.limit) };
    case 'if':
      return undefined; // the failing `then`/`else` rule reports itself
    default:
      return { field, key: 'invalid', rank: RANK.other };
  }
}

function typeKey(type: string): FormMessageKey {
  const first = type.split(',')[0];
  if (first === 'integer') return 'type.integer';
  if (first === 'number') return 'type.number';
  if (first === 'boolean') return 'type.boolean';
  return 'type';
}

function formatKey(format: string): FormMessageKey {
  if (format === 'email' || format === 'idn-email') return 'format.email';
  if (format === 'date') return 'format.date';
  return 'format';
}

function render(message: FormMessage, lang: Language, limit: number | undefined): string {
  const text =
    typeof message === 'string'
      ? message
      : new Intl.PluralRules(lang).select(limit ?? 0) === 'one'
        ? message.one
        : message.other;
  return limit === undefined ? text : text.replace('{limit}', new Intl.NumberFormat(lang).format(limit));
}

/** `/address/postcode` → `address.postcode` (JSON Pointer unescaped). */
function fieldOf(instancePath: string): string {
  if (instancePath === '') return '';
  return instancePath
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .join('.');
}

function join(field: string, name: string): string {
  return field === '' ? name : `${field}.${name}`;
}
