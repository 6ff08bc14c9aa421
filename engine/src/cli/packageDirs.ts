import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { UsageError } from './CliIo';

/** The workspace's procedures/ folder, where `--all` looks. @internal */
export const PROCEDURES_ROOT = fileURLToPath(new URL('../../../procedures/', import.meta.url));

/**
 * The package folders a command names: each argument as a path (relative to the user's directory),
 * else as the id of a package in the workspace's procedures/; or, with `--all`, every folder of
 * procedures/ holding a procedure.json. Anything else is a usage error.
 * @internal
 */
export function packageDirs(args: string[], all: boolean, cwd: string): string[] {
  if (all && args.length) throw new UsageError('give package folders or --all, not both');
  if (all) {
    const dirs = existsSync(PROCEDURES_ROOT)
      ? readdirSync(PROCEDURES_ROOT, { withFileTypes: true })
          .filter((e) => e.isDirectory() && existsSync(join(PROCEDURES_ROOT, e.name, 'procedure.json')))
          .map((e) => join(PROCEDURES_ROOT, e.name))
          .sort()
      : [];
    if (dirs.length === 0) throw new UsageError(`--all: no packages in ${PROCEDURES_ROOT}`);
    return dirs;
  }
  if (args.length === 0) throw new UsageError('name a package folder (or --all)');
  return args.map((arg) => {
    const asPath = resolve(cwd, arg);
    if (isDir(asPath)) return asPath;
    const asId = join(PROCEDURES_ROOT, arg);
    if (/^[a-z0-9-]+$/.test(arg) && isDir(asId)) return asId;
    throw new UsageError(`'${arg}' is not a folder`);
  });
}

// helpers

function isDir(path: string): boolean {
  return existsSync(path) && statSync(path).isDirectory();
}
