import { cp, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CliIo } from './CliIo';

/** The workspace root: the folder `npm run cauce` runs in, which the tests' output paths are shown from. @internal */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** The validator's fixture packages the CLI tests run on (@cauce/procedure-kit's). @internal */
export { BROKEN, CONNECTORS, FIXTURES, GOOD } from '@cauce/procedure-kit/testing';

/** A {@link CliIo} that keeps what the CLI writes, for in-process tests. @internal */
export function memoryIo(cwd = ROOT): CliIo & { out: string[]; err: string[]; text(): string } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    cwd,
    env: {},
    stdout: (t) => void out.push(t),
    stderr: (t) => void err.push(t),
    text: () => out.join('\n'),
  };
}

/** A copy of a fixture package in a temp folder, to break on purpose. @internal */
export async function copyPackage(from: string, name: string): Promise<string> {
  const dir = join(await mkdtemp(join(tmpdir(), 'cauce-cli-')), name);
  await cp(from, dir, { recursive: true });
  return dir;
}
