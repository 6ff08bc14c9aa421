import { resolve } from 'node:path';
import { checkPackageDir, type Finding } from '@cauce/procedure-kit';
import type { CliIo } from '../CliIo';
import { failing, formatFindings, shown, summaryLine } from '../formatFindings';
import { packageDirs } from '../packageDirs';
import type { CliOptions } from '../runCli';

/**
 * `cauce validate <dir…>` and `cauce lint <dir…>`: one progress line per package on stderr, then
 * every finding with file, line and element id, and a summary. `--conventions` adds the checks
 * publishing does (the channels' conventions). Exit 1 on any finding (errors only,
 * with `--allow-warnings`).
 * @internal
 */
export async function checkVerb(
  verb: 'validate' | 'lint',
  args: string[],
  options: CliOptions,
  io: CliIo,
): Promise<number> {
  const dirs = packageDirs(args, options.all, io.cwd);
  const connectorsDir = options.connectors ? resolve(io.cwd, options.connectors) : undefined;
  const results: Array<{ dir: string; id?: string; findings: Finding[] }> = [];
  for (const dir of dirs) {
    if (!options.quiet) io.stderr(`${verb === 'lint' ? 'linting' : 'validating'} ${shown(dir, io.cwd)}`);
    const { pkg, findings } = await checkPackageDir(dir, {
      lint: verb === 'lint',
      conventions: options.conventions,
      connectorsDir,
      cwd: io.cwd,
    });
    results.push({ dir, id: pkg.manifest?.id, findings });
  }
  const all = results.flatMap((r) => r.findings);
  const failed = failing(all, options.allowWarnings);
  if (options.json) {
    io.stdout(
      JSON.stringify(
        { ok: !failed, packages: results.map((r) => ({ dir: r.dir, id: r.id ?? null, findings: r.findings })) },
        null,
        2,
      ),
    );
  } else {
    for (const r of results) for (const line of formatFindings(r.dir, r.findings, io.cwd)) io.stdout(line);
    io.stdout(`${summaryLine(all)} in ${results.length} package${results.length === 1 ? '' : 's'}`);
  }
  return failed ? 1 : 0;
}
