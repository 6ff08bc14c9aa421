import { LANGUAGES, type Language } from '@cauce/schemas';
import { emptyProcessXml } from '../../modeler/emptyProcess';
import type { PackageFilesMap } from '../store/DraftStore';

/**
 * The files of a new procedure from the empty template: a manifest (version 0.1.0, both channels, no
 * identification, the title in every language — the ones not given take the first given, for the specialist to
 * translate), the empty process (start → end, `modeler/emptyProcess.ts`, shared with the SPA) and empty texts in the
 * five languages. The check then lists what is still to do.
 * @internal
 */
export function newPackageFiles(id: string, title: Partial<Record<Language, string>>): PackageFilesMap {
  const given = title.es ?? Object.values(title).find(Boolean) ?? id;
  const everyLanguage = Object.fromEntries(LANGUAGES.map((l) => [l, title[l] ?? given]));
  const manifest = {
    $schema: 'https://cauce.dev/schemas/procedure.json',
    id,
    version: '0.1.0',
    title: everyLanguage,
    description: everyLanguage,
    channels: ['agent', 'web'],
    identificationLevel: 0,
    serviceRequestType: id,
    ownerArea: 'sin-asignar',
    process: 'process.bpmn',
  };
  const files: PackageFilesMap = {
    'procedure.json': json(manifest),
    'process.bpmn': emptyProcessXml(id, given),
  };
  for (const language of LANGUAGES) files[`texts/${language}.json`] = json({ language, steps: {} });
  return files;
}

/**
 * A copy of another procedure's files under a new id: the manifest's id and title, and the process's id (the
 * engine starts a procedure by it), so the copy checks like the original.
 * @internal
 */
export function copiedPackageFiles(
  from: PackageFilesMap,
  fromId: string,
  id: string,
  title: Partial<Record<Language, string>>,
): PackageFilesMap {
  const files = { ...from };
  try {
    const manifest = JSON.parse(from['procedure.json'] ?? '{}');
    const titles = typeof manifest.title === 'object' && manifest.title ? manifest.title : {};
    files['procedure.json'] = json({ ...manifest, id, title: { ...titles, ...title } });
  } catch {
    // a manifest that does not parse is copied as it is: the check says so
  }
  for (const path of Object.keys(files).filter((p) => p.endsWith('.bpmn')))
    files[path] = renameProcess(files[path], fromId, id);
  return files;
}

// helpers
function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

function renameProcess(xml: string, from: string, to: string): string {
  const quoted = from.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return xml
    .replace(new RegExp(`(<(?:\\w+:)?process\\b[^>]*\\sid=")${quoted}(")`, 'g'), `$1${to}$2`)
    .replace(new RegExp(`(\\sbpmnElement=")${quoted}(")`, 'g'), `$1${to}$2`);
}
