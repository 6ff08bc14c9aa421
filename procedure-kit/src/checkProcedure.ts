import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { sortFindings, validatePackage, type Finding, type PackageFiles } from './lint/index';
import type { ProcedurePackage } from './loadProcedure';

/**
 * Checks a package as {@link loadProcedure} read it (or as a test changed it) with the one package
 * validator ({@link validatePackage}, the same as `cauce validate --conventions`), held to the conventions the
 * channels rely on when they publish: schemas, what the engine can run, texts ↔ steps ↔ forms,
 * scenarios ↔ process, all five languages with the keys of es, a label for every field and choice,
 * service-request states on end events, everything drawn, and the manifest's id being the folder's.
 * Returns the findings (file, element id, line, rule, severity), sorted; none means publishable.
 * @public
 */
export async function checkProcedure(pkg: ProcedurePackage): Promise<Finding[]> {
  const checked = await validatePackage(await packageFiles(pkg), { conventions: true, expectedId: pkg.id });
  return sortFindings(checked.findings);
}

// helpers

/**
 * The package's files as text. A JSON file still holding what is on disk keeps the disk's text, so
 * lines are the ones the author sees; a value changed in memory is written out with two-space indents.
 */
async function packageFiles(pkg: ProcedurePackage): Promise<PackageFiles> {
  const values: Array<[string, unknown]> = [
    ['procedure.json', pkg.manifest],
    ...Object.entries(pkg.forms),
    ...Object.entries(pkg.texts).map(([lang, texts]): [string, unknown] => [`texts/${lang}.json`, texts]),
    ...pkg.scenarios.map(({ file, scenario }): [string, unknown] => [file, scenario]),
  ];
  const files = new Map<string, string>([[pkg.processFile, pkg.xml]]);
  for (const [file, value] of values)
    files.set(file, (await diskTextHolding(join(pkg.dir, file), value)) ?? JSON.stringify(value, null, 2));
  return { dir: pkg.dir, files };
}

async function diskTextHolding(path: string, value: unknown): Promise<string | undefined> {
  const text = await readFile(path, 'utf8').catch(() => undefined);
  if (text === undefined) return undefined;
  try {
    return isDeepStrictEqual(JSON.parse(text), value) ? text : undefined;
  } catch {
    return undefined;
  }
}
