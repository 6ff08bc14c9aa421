import { LANGUAGES } from '@cauce/schemas';
import type { PackageFilesMap } from '../store/DraftStore';
import type { DiffEntry } from '../generated/apiTypes';

/**
 * The texts added, removed or changed between two versions, by key × language: every string of `texts/<lang>.json`
 * by its dotted path (`steps.ConfirmAddress.web.title`), kind = the language, with the text before and after.
 * @internal
 */
export function textChanges(before: PackageFilesMap, after: PackageFilesMap): DiffEntry[] {
  const out: DiffEntry[] = [];
  for (const language of LANGUAGES) {
    const old = stringsOf(before[`texts/${language}.json`]);
    const now = stringsOf(after[`texts/${language}.json`]);
    for (const [id, text] of now) {
      const was = old.get(id);
      if (was === undefined) out.push({ change: 'added', id, kind: language, after: text });
      else if (was !== text) out.push({ change: 'changed', id, kind: language, before: was, after: text });
    }
    for (const [id, text] of old) if (!now.has(id)) out.push({ change: 'removed', id, kind: language, before: text });
  }
  return out;
}

// helpers
function stringsOf(text: string | undefined): Map<string, string> {
  const strings = new Map<string, string>();
  if (text === undefined) return strings;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return strings;
  }
  const walk = (node: unknown, path: string) => {
    if (typeof node === 'string') strings.set(path, node);
    else if (node && typeof node === 'object')
      for (const [key, child] of Object.entries(node)) walk(child, path ? `${path}.${key}` : key);
  };
  walk(value, '');
  return strings;
}
