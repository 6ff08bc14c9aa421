import type { PackageFilesMap } from '../store/DraftStore';
import type { DiffEntry } from '../generated/apiTypes';
import { elementChanges } from './elementChanges';
import { fieldChanges } from './fieldChanges';
import { textChanges } from './textChanges';

/** What a publish would change: the BPMN's elements, the forms' fields, the texts, and any other file. @public */
export interface PackageDiff {
  elements: DiffEntry[];
  fields: DiffEntry[];
  texts: DiffEntry[];
  /** other files (procedure.json, scenarios) added, removed or changed */
  files: DiffEntry[];
}

/**
 * The difference between the live version's files (none before a first publish) and the draft's, as a specialist
 * reads it before publishing: elements by id, type and name; forms' fields; texts by key × language.
 * @internal
 */
export async function diffPackages(before: PackageFilesMap, after: PackageFilesMap): Promise<PackageDiff> {
  const bpmn = (files: PackageFilesMap) => Object.keys(files).find((p) => p.endsWith('.bpmn'));
  const oldBpmn = bpmn(before);
  const newBpmn = bpmn(after);
  const files: DiffEntry[] = [];
  const other = (p: string) => !p.endsWith('.bpmn') && !p.startsWith('forms/') && !p.startsWith('texts/');
  for (const path of new Set([...Object.keys(before), ...Object.keys(after)].filter(other))) {
    if (!(path in before)) files.push({ change: 'added', id: path });
    else if (!(path in after)) files.push({ change: 'removed', id: path });
    else if (before[path] !== after[path]) files.push({ change: 'changed', id: path });
  }
  return {
    elements: await elementChanges(oldBpmn && before[oldBpmn], newBpmn && after[newBpmn]),
    fields: fieldChanges(before, after),
    texts: textChanges(before, after),
    files: files.sort((a, b) => a.id.localeCompare(b.id)),
  };
}
