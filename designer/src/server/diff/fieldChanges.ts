import type { PackageFilesMap } from '../store/DraftStore';
import type { DiffEntry } from '../generated/apiTypes';

/**
 * The forms' fields added, removed or changed between two versions (`Step.field`, nested fields dotted; kind = the
 * form's file), a field being changed when anything of its own schema differs (type, limits, pattern, options…).
 * A form that does not parse counts as having no fields.
 * @internal
 */
export function fieldChanges(before: PackageFilesMap, after: PackageFilesMap): DiffEntry[] {
  const old = fieldsOf(before);
  const now = fieldsOf(after);
  const out: DiffEntry[] = [];
  for (const [id, f] of now) {
    const was = old.get(id);
    if (!was) out.push({ change: 'added', id, kind: f.form });
    else if (was.schema !== f.schema)
      out.push({ change: 'changed', id, kind: f.form, before: was.schema, after: f.schema });
  }
  for (const [id, f] of old) if (!now.has(id)) out.push({ change: 'removed', id, kind: f.form });
  return out;
}

// helpers
function fieldsOf(files: PackageFilesMap): Map<string, { form: string; schema: string }> {
  const fields = new Map<string, { form: string; schema: string }>();
  for (const [path, text] of Object.entries(files)) {
    if (!path.startsWith('forms/')) continue;
    const stem = path.slice('forms/'.length).replace(/\.schema\.json$|\.json$/, '');
    let form: unknown;
    try {
      form = JSON.parse(text);
    } catch {
      continue;
    }
    walk(form, stem, path, fields);
  }
  return fields;
}

function walk(schema: any, prefix: string, form: string, into: Map<string, { form: string; schema: string }>): void {
  for (const [name, child] of Object.entries<any>(schema?.properties ?? {})) {
    const id = `${prefix}.${name}`;
    const { properties: _nested, ...own } = child ?? {};
    into.set(id, { form, schema: JSON.stringify(own) });
    if (child?.properties) walk(child, id, form, into);
  }
}
