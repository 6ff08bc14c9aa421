import { join, resolve } from 'node:path';
import { findCatalogueDir } from '@cauce/procedure-kit';
import { UsageError, type CliIo } from '../CliIo';
import { shown } from '../formatFindings';
import { scaffoldConnector } from '../new-connector/scaffoldConnector';
import type { CliOptions } from '../runCli';

/**
 * `cauce new-connector <name> [--topic t] [--dir connectors]`: scaffolds a connector folder from the
 * template (element template with input/output schemas and errors, worker, worker test, README).
 * @internal
 */
export async function newConnectorVerb(args: string[], options: CliOptions, io: CliIo): Promise<number> {
  if (args.length !== 1) throw new UsageError('new-connector takes one name, e.g. new-connector pensions-claim-state');
  const catalogueDir = options.dir
    ? resolve(io.cwd, options.dir)
    : (findCatalogueDir(io.cwd) ?? join(io.cwd, 'connectors'));
  const result = await scaffoldConnector({ name: args[0], topic: options.topic, catalogueDir });
  if (!result.ok) {
    if (options.json) io.stdout(JSON.stringify(result, null, 2));
    else io.stdout(`✖ ${result.message}`);
    return result.reason === 'name' ? 2 : 1;
  }
  if (options.json) {
    io.stdout(JSON.stringify(result, null, 2));
    return 0;
  }
  const where = shown(result.dir, io.cwd);
  io.stdout(`✔ created ${where}/ for topic '${result.topic}': ${result.files.join(', ')}`);
  io.stdout(`  next: describe it in ${where}/template.json, call your system in ${where}/worker.ts (callSystem),`);
  io.stdout(`  then npx vitest run ${where}; see ${where}/README.md`);
  return 0;
}
