import type { Files } from '../../api/types';
import type { DraftEdit } from '../../store/DraftEdit';

/** The manifest's path in the folder format. */
export const MANIFEST = 'procedure.json';

/** The manifest as an object ({} while it is missing or not JSON: the checks say why). @internal */
export function readManifest(files: Files): Record<string, unknown> {
  try {
    const parsed = JSON.parse(files[MANIFEST] ?? '{}');
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? parsed : {};
  } catch {
    return {};
  }
}

/**
 * The edit that sets one value of the manifest (`['title', 'eu']`, `['identificationLevel']`); `undefined` or an
 * empty text removes it, so a cleared translation shows as missing rather than as an empty text. Keystrokes in one
 * field merge into one undo step (mergeKey = the path).
 * @internal
 */
export function manifestEdit(files: Files, path: string[], value: unknown, label: string): DraftEdit {
  const next = setIn(readManifest(files), path, value === '' ? undefined : value);
  return { label, mergeKey: `manifest:${path.join('.')}`, files: { [MANIFEST]: `${JSON.stringify(next, null, 2)}\n` } };
}

/** The value at `path` in the manifest. @internal */
export function manifestValue(files: Files, path: string[]): unknown {
  let at: unknown = readManifest(files);
  for (const key of path) at = at && typeof at === 'object' ? (at as Record<string, unknown>)[key] : undefined;
  return at;
}

// helpers
function setIn(object: Record<string, unknown>, [key, ...rest]: string[], value: unknown): Record<string, unknown> {
  const copy = { ...object };
  if (rest.length === 0) {
    if (value === undefined) delete copy[key];
    else copy[key] = value;
    return copy;
  }
  const inner = copy[key] && typeof copy[key] === 'object' ? (copy[key] as Record<string, unknown>) : {};
  const updated = setIn(inner, rest, value);
  if (Object.keys(updated).length === 0) delete copy[key];
  else copy[key] = updated;
  return copy;
}
