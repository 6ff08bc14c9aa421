import { readBpmnExtras } from '@cauce/procedures';
import type { ViewerRole } from '@cauce/schemas';

/** What the channels need from the BPMN beyond the engine's model. Stored with the package. @public */
export interface StepMeta {
  /** user task id → its `cauce:FieldVisibility` entries (field path → roles) */
  fieldVisibility: Record<string, Array<{ field: string; roles: ViewerRole[] }>>;
  /** end event id → its camunda:properties (`serviceRequestState`, `serviceRequestResponsible`) */
  endEventProperties: Record<string, Record<string, string>>;
}

/**
 * Reads {@link StepMeta} with a small scanner over XML the engine has already loaded (so well formed), as
 * `readBpmnExtras` does: the engine's model keeps a step's cauce:* attributes but not its extension elements.
 * @public
 */
export function readStepMeta(xml: string): StepMeta {
  const fieldVisibility: StepMeta['fieldVisibility'] = {};
  const tasks = /<(?:[\w-]+:)?userTask\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:[\w-]+:)?userTask>)/g;
  for (const m of xml.matchAll(tasks)) {
    const id = attributes(m[1]).id;
    if (!id) continue;
    const entries: Array<{ field: string; roles: ViewerRole[] }> = [];
    for (const v of (m[2] ?? '').matchAll(/<(?:[\w-]+:)?[fF]ieldVisibility\b([^>]*?)\/?>/g)) {
      const a = attributes(v[1]);
      if (!a.field) continue;
      entries.push({ field: a.field, roles: (a.roles ?? '').split(',').map((r) => r.trim()).filter(Boolean) as ViewerRole[] });
    }
    if (entries.length) fieldVisibility[id] = entries;
  }
  return { fieldVisibility, endEventProperties: readBpmnExtras(xml).endEventProperties };
}

// helpers
function attributes(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const a of text.matchAll(/([\w:.-]+)\s*=\s*"([^"]*)"/g)) out[a[1]] = a[2].replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  return out;
}
