import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  LANGUAGES,
  type FormSchema,
  type Language,
  type ProcedureManifest,
  type Scenario,
  type StepTexts,
} from '@cauce/schemas';

/**
 * A procedure package as read from disk. Nothing is validated here: run {@link checkProcedure} before
 * trusting the typed fields.
 * @public
 */
export interface ProcedurePackage {
  id: string;
  /** absolute path of the package folder */
  dir: string;
  manifest: ProcedureManifest;
  /** path of the BPMN inside the package (`process.bpmn` unless the manifest says otherwise) */
  processFile: string;
  xml: string;
  /** step forms by their path inside the package (`forms/ConfirmRequest.schema.json`), as `cauce:form` names them */
  forms: Record<string, FormSchema>;
  /** texts/<lang>.json by language; a missing file is left out */
  texts: Partial<Record<Language, StepTexts>>;
  /** scenarios/*.json in file-name order */
  scenarios: Array<{ file: string; scenario: Scenario }>;
}

/** Ids of the packages under `root`: every folder with a procedure.json, sorted. @public */
export function listProcedures(root: string): string[] {
  return readdirSync(root, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(join(root, e.name, 'procedure.json')))
    .map((e) => e.name)
    .sort();
}

/**
 * Reads the package `<root>/<id>`: manifest, BPMN, forms, texts in every language and scenarios. Throws
 * when the folder or its manifest is missing, or a JSON file does not parse (naming the file).
 * @public
 */
export function loadProcedure(id: string, opts: { root: string }): ProcedurePackage {
  const dir = join(opts.root, id);
  const manifest = readJson(dir, 'procedure.json') as ProcedureManifest;
  const processFile = typeof manifest.process === 'string' ? manifest.process : 'process.bpmn';
  const xml = readFileSync(join(dir, processFile), 'utf8');
  const forms: Record<string, FormSchema> = {};
  for (const file of jsonFiles(join(dir, 'forms')))
    forms[`forms/${file}`] = readJson(dir, `forms/${file}`) as FormSchema;
  const texts: Partial<Record<Language, StepTexts>> = {};
  for (const lang of LANGUAGES) {
    if (existsSync(join(dir, 'texts', `${lang}.json`))) texts[lang] = readJson(dir, `texts/${lang}.json`) as StepTexts;
  }
  const scenarios = jsonFiles(join(dir, 'scenarios')).map((file) => ({
    file: `scenarios/${file}`,
    scenario: readJson(dir, `scenarios/${file}`) as Scenario,
  }));
  return { id, dir, manifest, processFile, xml, forms, texts, scenarios };
}

// helpers
function jsonFiles(dir: string): string[] {
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.json'))
        .sort()
    : [];
}

function readJson(dir: string, file: string): unknown {
  const text = readFileSync(join(dir, file), 'utf8');
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new Error(`${file} in ${dir} is not valid JSON: ${(error as Error).message}`);
  }
}
