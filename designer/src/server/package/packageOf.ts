import type { ProcedurePackage } from '@cauce/procedure-kit';
import { LANGUAGES, type FormSchema, type Language, type ProcedureManifest, type StepTexts } from '@cauce/schemas';
import { DesignerErrors } from '../errors';
import type { PackageFilesMap } from '../store/DraftStore';

/**
 * A files map as the procedure-kit's `ProcedurePackage` (manifest, BPMN, forms, texts, scenarios), what the channels
 * publish and preview. Its `dir` is a name, not a folder: nothing is read from disk. Run the check first: a
 * missing manifest or BPMN, or JSON that does not parse, is CAUCE_ERR_PACKAGE_INVALID.
 * @internal
 */
export function packageOf(id: string, files: PackageFilesMap): ProcedurePackage {
  const manifest = json<ProcedureManifest>(files, 'procedure.json');
  const processFile = typeof manifest.process === 'string' ? manifest.process.replace(/^\.\//, '') : 'process.bpmn';
  const xml = files[processFile];
  if (xml === undefined) throw DesignerErrors.packageInvalid(`${processFile} is missing`);
  const sorted = Object.keys(files).sort();
  const forms: Record<string, FormSchema> = {};
  for (const path of sorted.filter((p) => p.startsWith('forms/'))) forms[path] = json<FormSchema>(files, path);
  const texts: Partial<Record<Language, StepTexts>> = {};
  for (const language of LANGUAGES)
    if (files[`texts/${language}.json`] !== undefined)
      texts[language] = json<StepTexts>(files, `texts/${language}.json`);
  const scenarios = sorted
    .filter((p) => p.startsWith('scenarios/'))
    .map((file) => ({ file, scenario: json<ProcedurePackage['scenarios'][number]['scenario']>(files, file) }));
  return { id, dir: `designer:${id}`, manifest, processFile, xml, forms, texts, scenarios };
}

// helpers
function json<T>(files: PackageFilesMap, path: string): T {
  const text = files[path];
  if (text === undefined) throw DesignerErrors.packageInvalid(`${path} is missing`);
  try {
    return JSON.parse(text) as T;
  } catch (error) {
    throw DesignerErrors.packageInvalid(`'${path}' is not valid JSON: ${(error as Error).message}`);
  }
}
