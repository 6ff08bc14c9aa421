import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { checkPackageDir, findCatalogueDir, readCatalogue } from '@cauce/procedure-kit';
import { UsageError, type CliIo } from '../CliIo';
import { formatFindings, shown } from '../formatFindings';
import { packageDirs } from '../packageDirs';
import type { CliOptions } from '../runCli';
import { generateTypes } from '../types/generateTypes';

/**
 * `cauce types <dir>`: writes `<dir>/types.generated.ts` (or `--out`) with a type per form, per
 * connector output and the merged `Variables`. A package whose files do not parse or validate is
 * refused with its findings (exit 1), since its types would be wrong.
 * @internal
 */
export async function typesVerb(args: string[], options: CliOptions, io: CliIo): Promise<number> {
  if (args.length !== 1 || options.all) throw new UsageError('types takes exactly one package folder');
  const [dir] = packageDirs(args, false, io.cwd);
  const { pkg, findings } = await checkPackageDir(dir);
  const errors = findings.filter(
    (f) => f.severity === 'error' && (f.file.startsWith('forms/') || f.file === pkg.bpmnFile),
  );
  if (errors.length || !pkg.definitions) {
    for (const line of formatFindings(dir, errors, io.cwd)) io.stdout(line);
    io.stdout('✖ no types written: fix the forms and the BPMN first');
    return 1;
  }
  const catalogueDir = options.connectors ? resolve(io.cwd, options.connectors) : findCatalogueDir(dir);
  const catalogue = await readCatalogue(catalogueDir);
  const templates = new Map<string, unknown>();
  for (const [topic, file] of catalogue.topics) {
    const parsed = JSON.parse(await readFile(file, 'utf8'));
    templates.set(
      topic,
      (Array.isArray(parsed) ? parsed : [parsed]).find((t: any) =>
        (t.properties ?? []).some((p: any) => p.binding?.name === 'camunda:topic' && p.value === topic),
      ),
    );
  }
  const source = await generateTypes(pkg, templates, (file) => options.quiet || io.stderr(`compiling ${file}`));
  const out = options.out ? resolve(io.cwd, options.out) : join(dir, 'types.generated.ts');
  await writeFile(out, source);
  if (options.json) io.stdout(JSON.stringify({ ok: true, file: out, forms: [...pkg.forms.keys()] }, null, 2));
  else io.stdout(`✔ wrote ${shown(out, io.cwd)} (${pkg.forms.size} form${pkg.forms.size === 1 ? '' : 's'})`);
  return 0;
}
