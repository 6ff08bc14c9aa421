import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repo = fileURLToPath(new URL('../..', import.meta.url));

/** The workspace's packages, by name: the projects tsconfig.packages.json builds. */
const folders: Record<string, string> = Object.fromEntries(
  readJson<{ references: Array<{ path: string }> }>('tsconfig.packages.json').references.map(({ path }) => [
    readJson<{ name: string }>(join(path, 'package.json')).name,
    path,
  ]),
);

describe('each package type-checks against what it declares (tsconfig references = @cauce dependencies)', () => {
  it.each(Object.entries(folders))('%s', (_name, folder) => {
    // given
    const manifest = readJson<{ dependencies?: object; devDependencies?: object }>(join(folder, 'package.json'));
    const declared = Object.keys({ ...manifest.dependencies, ...manifest.devDependencies })
      .filter((dep) => dep.startsWith('@cauce/'))
      .map((dep) => folders[dep] ?? `${dep} (not in tsconfig.packages.json)`);
    // when
    const tsconfig = readJson<{ references?: Array<{ path: string }> }>(join(folder, 'tsconfig.json'));
    const referenced = (tsconfig.references ?? []).map(({ path }) => relative(repo, join(repo, folder, path)));
    // then
    expect(referenced.sort(), `${folder}/tsconfig.json references`).toEqual(declared.sort());
  });

  it('builds every package of pnpm-workspace.yaml', () => {
    // given
    const workspace = readFileSync(join(repo, 'pnpm-workspace.yaml'), 'utf8');
    // when
    const listed = [...workspace.matchAll(/^\s+-\s+(\S+)\s*$/gm)].map((m) => m[1]);
    // then
    expect(Object.values(folders).sort()).toEqual(listed.sort());
  });
});

// helpers

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(join(repo, path), 'utf8')) as T;
}
