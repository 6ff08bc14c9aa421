import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

/** The text files of a procedure package, by package-relative POSIX path. @public */
export interface PackageFiles {
  /** absolute directory of the package */
  dir: string;
  files: Map<string, string>;
}

/**
 * Reads the files of a package that Cauce checks: `procedure.json`, `*.bpmn`, `forms/`, `texts/`,
 * `scenarios/` and an optional `.bpmnlintrc`. Generated and dependency folders are skipped.
 * @public
 */
export async function readPackage(dir: string): Promise<PackageFiles> {
  const files = new Map<string, string>();
  await walk(dir, dir, files, 0);
  return { dir, files };
}

// helpers

const SKIP = new Set(['node_modules', '.git', 'dist', '.cauce']);

async function walk(root: string, dir: string, files: Map<string, string>, depth: number): Promise<void> {
  if (depth > 4) return;
  const entries = await readdir(dir, { withFileTypes: true });
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIP.has(entry.name)) await walk(root, path, files, depth + 1);
    } else if (/\.(json|bpmn)$/.test(entry.name) || entry.name === '.bpmnlintrc') {
      files.set(relative(root, path).split(sep).join('/'), await readFile(path, 'utf8'));
    }
  }
}
