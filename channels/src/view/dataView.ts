import type { DataText } from '@cauce/schemas';
import type { Language, StepView } from '../contract';
import type { PublishedPackage } from '../packages/PublishedPackage';

type DataEntry = NonNullable<StepView['dataView']>[number];
type Label = { label: string; text?: string; values?: Record<string, string | undefined> };

/**
 * Connector data as an agent reads it: the variables `data` in texts/es.json lists, in its order, labeled in
 * `language` (es where that language lacks a label), values formatted for the language (value labels, Sí/No,
 * dates, numbers). A listed object is a heading over the listed paths below it or, with none listed below, one
 * line (its `text` template, else its values). A list of records is one line per item. A variable without a
 * value is left out; null shows as `—`. Without `data` in texts/es.json, every variable under its technical name.
 * @public
 */
export function dataView(
  texts: PublishedPackage['texts'],
  language: Language,
  data: Record<string, unknown>,
): DataEntry[] {
  const listed = texts.es?.data;
  const labelOf = (path: string): Label | undefined => normalize(texts[language]?.data?.[path] ?? listed?.[path]);
  const paths = listed ? Object.keys(listed) : pathsOf(data);
  const children = (parent: string | undefined) => paths.filter((p) => parentOf(p, paths) === parent);
  const walk: Walk = { labelOf, format: formatter(language), children };
  return children(undefined).flatMap((path) => entryOf(path, path, valueAt(data, path), walk));
}

// helpers
interface Walk {
  labelOf: (path: string) => Label | undefined;
  format: (value: unknown, values?: Label['values']) => string;
  children: (parent: string | undefined) => string[];
}

/** `path` is where the value is (`slots.0.date`), `key` the listed path that labels it (`slots.date`). */
function entryOf(path: string, key: string, value: unknown, walk: Walk): DataEntry[] {
  if (value === undefined) return [];
  const own = walk.labelOf(key);
  const label = own?.label ?? key.split('.').pop()!;
  const below = walk.children(key);
  if (isObject(value)) {
    if (!below.length)
      return [{ path, label, text: own?.text ? template(own.text, value, walk) : lineOf(value, walk, own?.values) }];
    const entries = below.flatMap((child) =>
      entryOf(`${path}${child.slice(key.length)}`, child, valueAt(value, child.slice(key.length + 1)), walk),
    );
    return entries.length ? [{ path, label, text: '', entries }] : [];
  }
  if (Array.isArray(value) && value.some(isObject)) {
    // a list of records (the free slots): one line per item, its listed fields (or all its values) joined
    const entries = value.map((item, i): DataEntry => {
      const fields =
        isObject(item) && below.length
          ? below.map((child) => ({
              value: valueAt(item, child.slice(key.length + 1)),
              values: walk.labelOf(child)?.values,
            }))
          : [];
      const text = fields.length
        ? fields
            .filter((f) => f.value !== undefined)
            .map((f) => walk.format(f.value, f.values))
            .join(' · ')
        : lineOf(item, walk, own?.values);
      return { path: `${path}.${i}`, label: String(i + 1), text };
    });
    return entries.length ? [{ path, label, text: '', entries }] : [];
  }
  return [{ path, label, value: value as DataEntry['value'], text: walk.format(value, own?.values) }];
}

/** An object shown on one line: its values (nested ones too) in order, nulls and empties left out. */
function lineOf(value: unknown, walk: Walk, values?: Label['values']): string {
  if (!isObject(value)) return walk.format(value, values);
  const parts = Object.values(value)
    .map((v) => lineOf(v, walk, values))
    .filter((s) => s && s !== '—');
  return parts.join(', ') || '—';
}

/** `{{street}}, {{number}}, {{floor}}` filled from the object's fields (formatted); an empty field goes with its comma. */
function template(text: string, value: Record<string, unknown>, walk: Walk): string {
  const filled = text.replace(/\{\{\s*([A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z0-9_]+)*)\s*\}\}/g, (_, path: string) => {
    const v = valueAt(value, path);
    return v === undefined || v === null || v === '' || isObject(v) ? '' : walk.format(v);
  });
  const parts = filled
    .split(',')
    .map((p) =>
      p
        .replace(/\(\s*\)/g, '')
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .filter(Boolean);
  return parts.join(', ') || '—';
}

function formatter(language: Language): Walk['format'] {
  const locale = `${language}-ES`;
  const dates = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
  const dateTimes = new Intl.DateTimeFormat(locale, {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Europe/Madrid',
  });
  const numbers = new Intl.NumberFormat(locale);
  const format: Walk['format'] = (value, values) => {
    const own = values?.[String(value)];
    if (own) return own;
    if (value === null || value === '') return '—';
    if (typeof value === 'boolean') return value ? YES[language] : NO[language];
    if (typeof value === 'number') return numbers.format(value);
    if (Array.isArray(value)) return value.map((v) => format(v, values)).join(', ') || '—';
    if (typeof value !== 'string') return String(value);
    if (ISO_DATE.test(value)) return dates.format(new Date(`${value}T00:00:00Z`));
    if (ISO_DATE_TIME.test(value) && !Number.isNaN(Date.parse(value))) return dateTimes.format(new Date(value));
    return value;
  };
  return format;
}

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
const YES: Record<Language, string> = { es: 'Sí', ca: 'Sí', eu: 'Bai', gl: 'Si', en: 'Yes' };
const NO: Record<Language, string> = { es: 'No', ca: 'No', eu: 'Ez', gl: 'Non', en: 'No' };

/** Without a list in the texts: every variable, and every field of an object, in the order they come. */
function pathsOf(value: Record<string, unknown>, prefix = ''): string[] {
  return Object.entries(value).flatMap(([k, v]) => [
    `${prefix}${k}`,
    ...(isObject(v) ? pathsOf(v, `${prefix}${k}.`) : []),
  ]);
}

/** The nearest listed path above `path`, if any. */
function parentOf(path: string, paths: string[]): string | undefined {
  let best: string | undefined;
  for (const p of paths) if (path.startsWith(`${p}.`) && (!best || p.length > best.length)) best = p;
  return best;
}

function valueAt(obj: Record<string, unknown>, path: string): unknown {
  let v: unknown = obj;
  for (const part of path.split('.')) v = isObject(v) ? v[part] : Array.isArray(v) ? v[Number(part)] : undefined;
  return v;
}

function normalize(text: DataText | undefined): Label | undefined {
  if (text === undefined) return undefined;
  return typeof text === 'string' ? { label: text } : text;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}
