import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureSpaBuilt, spaBuildInputs, spaSourceHash } from './ensureSpaBuilt';

describe('ensureSpaBuilt', () => {
  let root: string;
  beforeAll(async () => {
    // a package folder with the default inputs (and a test file, which does not count)
    root = await mkdtemp(join(tmpdir(), 'cauce-spa-src-'));
    await mkdir(join(root, 'src', 'app'), { recursive: true });
    await writeFile(join(root, 'package.json'), '{"name":"x"}');
    await writeFile(join(root, 'index.html'), '<!doctype html>');
    await writeFile(join(root, 'src', 'app', 'main.tsx'), 'export {}');
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  it('does not build when the dist carries the hash of the current sources', async () => {
    // given
    const dist = join(root, 'dist');
    await mkdir(dist, { recursive: true });
    await writeFile(join(dist, 'index.html'), '<!doctype html>');
    await writeFile(join(dist, '.cauce-build'), await spaSourceHash({ root }));
    // when
    const result = await ensureSpaBuilt({ root });
    // then
    expect(result).toEqual({ distDir: dist, built: false, ms: 0 });
  });

  it('hashes the sources deterministically; a change of a source changes it, a test file does not', async () => {
    // given
    const before = await spaSourceHash({ root });
    // when
    await writeFile(join(root, 'src', 'app', 'main.test.tsx'), 'it()');
    const withTest = await spaSourceHash({ root });
    await writeFile(join(root, 'src', 'app', 'main.tsx'), 'export const x = 1');
    const changed = await spaSourceHash({ root });
    // then
    expect(before).toMatch(/^[0-9a-f]{64}$/);
    expect(withTest).toBe(before);
    expect(changed).not.toBe(before);
  });

  it('counts the sources of the workspace packages a bundle takes code from', () => {
    // when (the engine resolves @cauce/schemas, one of its dependencies)
    const here = join(import.meta.dirname, '..', '..');
    const inputs = spaBuildInputs({ root: here, workspaceSources: ['@cauce/schemas'] }).map((p) => relative(here, p));
    // then
    expect(inputs).toContain(join('src', 'app'));
    expect(inputs).toContain(join('..', 'schemas', 'src'));
  });
});
