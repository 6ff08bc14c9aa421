import { CHANNELS } from '@cauce/schemas';
import { dropLintDuplicates } from './conventions/index';
import { jsonLines } from './jsonLines';
import { sortFindings, type Finding } from './Finding';
import type { LintContext } from './LintContext';
import { readCatalogue, findCatalogueDir } from './readCatalogue';
import { readPackage } from './readPackage';
import { runBpmnlint, type BpmnlintConfig } from './runBpmnlint';
import { validatePackage, type CheckedPackage } from './validatePackage';
import { basename, relative, resolve } from 'node:path';

/** Options of {@link checkPackageDir}. @public */
export interface CheckOptions {
  /** run the lint rules too (`cauce lint`), not only validation (`cauce validate`) */
  lint?: boolean;
  /** also the conventions the channels rely on when they publish; the manifest's id must be the folder's name */
  conventions?: boolean;
  /** the connector catalogue folder; default: the nearest `connectors/` above the package */
  connectorsDir?: string;
  /** the folder messages show paths relative to (the catalogue's); default the process's */
  cwd?: string;
}

/**
 * `cauce validate` and `cauce lint` for one package folder: reads it, validates it (with `conventions`,
 * as publishing does) and, with
 * `lint`, runs bpmnlint's recommended rules and Cauce's over its BPMN. Returns the package as read
 * and the findings sorted by file and line. A FEEL or JUEL refusal the engine's loader and
 * `cauce/feel-syntax` both see is reported once, by the rule; so is a problem a conventions check
 * and a lint rule both see (see dropLintDuplicates).
 * @public
 */
export async function checkPackageDir(
  packageDir: string,
  options: CheckOptions = {},
): Promise<{ pkg: CheckedPackage; findings: Finding[] }> {
  const dir = resolve(packageDir);
  const pkg = await validatePackage(
    await readPackage(dir),
    options.conventions ? { conventions: true, expectedId: basename(dir), connectorsDir: options.connectorsDir } : {},
  );
  const findings = [...pkg.findings];
  if (options.lint && pkg.definitions) {
    const catalogueDir = options.connectorsDir ?? findCatalogueDir(dir);
    const catalogue = await readCatalogue(catalogueDir);
    const context: LintContext = {
      files: new Set(pkg.files.keys()),
      texts: pkg.texts,
      channels: pkg.manifest?.channels ?? CHANNELS,
      topics: catalogue.topics,
      catalogueLabel: catalogueDir
        ? `${relative(options.cwd ?? process.cwd(), catalogueDir) || '.'}/`
        : 'none found; pass --connectors <dir>',
    };
    const rc = readRc(pkg, findings);
    const linted = await runBpmnlint({
      definitions: pkg.definitions,
      file: pkg.bpmnFile,
      lines: pkg.lines,
      context,
      packageDir: dir,
      rc,
    });
    const byRule = new Set(linted.filter((f) => f.rule === 'cauce/feel-syntax').map((f) => f.elementId));
    const kept = findings.filter(
      (f) => !(f.rule === 'engine/unsupported' && byRule.has(f.elementId) && /FEEL|JUEL/.test(f.message)),
    );
    const all = [...kept, ...linted];
    return { pkg, findings: sortFindings(options.conventions ? dropLintDuplicates(all) : all) };
  }
  return { pkg, findings: sortFindings(findings) };
}

// helpers

function readRc(pkg: CheckedPackage, findings: Finding[]): BpmnlintConfig | undefined {
  const text = pkg.files.get('.bpmnlintrc');
  if (text === undefined) return undefined;
  const parsed = jsonLines(text);
  if (!parsed.ok) {
    findings.push({
      file: '.bpmnlintrc',
      elementId: null,
      line: parsed.line,
      rule: 'json/syntax',
      message: `not valid JSON: ${parsed.message}`,
      severity: 'error',
    });
    return undefined;
  }
  return parsed.value as BpmnlintConfig;
}
