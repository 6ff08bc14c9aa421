import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { listSamples, samplesRoot } from '@cauce/procedures';
import { UsageError } from './CliIo';

/**
 * The package folders a command names: each argument as a path (relative to the user's directory),
 * else as the id of a package in the workspace's procedures/; or, with `--all`, every folder of
 * procedures/ holding a procedure.json. Anything else is a usage error.
 * @internal
 */
export function packageDirs(args: string[], all: boolean, cwd: string): string[] {
  if (all && args.length) throw new UsageError('give package folders or --all, not both');
  if (all) {
    const dirs = listSamples().map((id) => join(samplesRoot, id));
    if (dirs.length === 0) throw new UsageError(`--all: no packages in ${samplesRoot}`);
    return dirs;
  }
  if (args.length === 0) throw new UsageError('name a package folder (or --all)');
  return args.map((arg) => {
    const asPath = resolve(cwd, arg);
    if (isDir(asPath)) return asPath;
    const asId = join(samplesRoot, arg);
    if (/^[a-z0-9-]+$/.test(arg) && isDir(asId)) return asId;
    throw new UsageError(`'${arg}' is not a folder`);
  });
}

// helpers

function isDir(path: string): boolean {
  return existsSync(path) && statSync(path).isDirectory();
}
