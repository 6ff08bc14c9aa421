import { parseBpmn } from '@cauce/procedure-kit';
import type { DiffEntry } from '../generated/apiTypes';

/**
 * The BPMN's flow elements added, removed or changed between two versions, by id: changed when the type, the name
 * or any setting differs (extension attributes, camunda/cauce properties, conditions, wiring). A BPMN that does not
 * parse counts as having no elements.
 * @internal
 */
export async function elementChanges(before: string | undefined, after: string | undefined): Promise<DiffEntry[]> {
  const [old, now] = await Promise.all([elementsOf(before), elementsOf(after)]);
  const out: DiffEntry[] = [];
  for (const [id, e] of now) {
    const was = old.get(id);
    if (!was) out.push({ change: 'added', id, kind: e.type, ...(e.name ? { name: e.name } : {}) });
    else if (was.signature !== e.signature)
      out.push({
        change: 'changed',
        id,
        kind: e.type,
        ...(e.name ? { name: e.name } : {}),
        ...(was.name !== e.name ? { before: was.name ?? '', after: e.name ?? '' } : {}),
      });
  }
  for (const [id, e] of old)
    if (!now.has(id)) out.push({ change: 'removed', id, kind: e.type, ...(e.name ? { name: e.name } : {}) });
  return out;
}

// helpers
interface Element {
  type: string;
  name?: string;
  signature: string;
}

async function elementsOf(xml: string | undefined): Promise<Map<string, Element>> {
  const elements = new Map<string, Element>();
  if (!xml) return elements;
  const parsed = await parseBpmn(xml);
  if (!parsed.ok) return elements;
  const visit = (container: any) => {
    for (const e of container?.flowElements ?? []) {
      elements.set(e.id, { type: e.$type, name: e.name || undefined, signature: JSON.stringify(plain(e, 0)) });
      visit(e);
    }
  };
  for (const root of parsed.value.definitions?.rootElements ?? []) if (root.$type === 'bpmn:Process') visit(root);
  return elements;
}

/** A moddle element as plain data: other elements with ids by their id, children (not flow elements) inline. */
function plain(value: any, depth: number): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => plain(v, depth + 1));
  if (depth > 0 && typeof value.id === 'string' && value.$type) return `#${value.id}`;
  if (depth > 8) return '…';
  const out: Record<string, unknown> = { $type: value.$type };
  for (const key of Object.keys(value).sort()) {
    if (key === 'flowElements' || key === 'di' || key === '$parent' || (key.startsWith('$') && key !== '$attrs'))
      continue;
    out[key] = key === '$attrs' ? { ...value.$attrs } : plain(value[key], depth + 1);
  }
  return out;
}
