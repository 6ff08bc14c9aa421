import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { buildApp, type Db } from '@cauce/engine';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databasesUnderTest } from '@cauce/engine';
import { agentConsole } from './agentConsole';
import { buildInputs, ensureConsoleBuilt, PACKAGE_ROOT, sourceHash } from './buildConsole';

describe('agentConsole()', () => {
  let db: Db;
  let dist: string;
  let app: ReturnType<typeof buildApp>;
  beforeAll(async () => {
    db = await databasesUnderTest()[0].open();
    dist = await mkdtemp(join(tmpdir(), 'cauce-console-'));
    await mkdir(join(dist, 'assets'));
    await writeFile(join(dist, 'index.html'), '<!doctype html><div id="root"></div>');
    app = buildApp({ db, plugins: [{ plugin: agentConsole({ distDir: dist, build: 'never' }), prefix: '/agente' }] });
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
    await db.close();
    await rm(dist, { recursive: true, force: true });
  });

  it('serves the console at /agente/ with the shared SPA serving (redirect, strict CSP framable only by its origin)', async () => {
    // when
    const bare = await app.inject({ url: '/agente' });
    const shell = await app.inject({ url: '/agente/cola/2' });
    // then
    expect([bare.statusCode, bare.headers.location]).toEqual([301, '/agente/']);
    expect(shell.headers['content-security-policy']).toContain("frame-ancestors 'self';");
    expect(shell.headers['content-security-policy']).toContain("script-src 'self';");
    expect(shell.body).toContain('<div id="root">');
  });
});

describe('ensureConsoleBuilt', () => {
  it('does not build when the dist carries the hash of the current sources', async () => {
    // given
    const dist = await mkdtemp(join(tmpdir(), 'cauce-console-'));
    await writeFile(join(dist, 'index.html'), '<!doctype html>');
    await writeFile(join(dist, '.cauce-build'), await sourceHash(PACKAGE_ROOT));
    // when
    const result = await ensureConsoleBuilt({ distDir: dist });
    // then
    expect(result).toEqual({ distDir: dist, built: false, ms: 0 });
    await rm(dist, { recursive: true, force: true });
  });

  it('hashes the sources deterministically', async () => {
    expect(await sourceHash()).toBe(await sourceHash());
    expect(await sourceHash()).toMatch(/^[0-9a-f]{64}$/);
  });

  it('counts the sources of the workspace packages it bundles, so a change in @cauce/forms rebuilds', () => {
    // when
    const inputs = buildInputs().map((path) => relative(PACKAGE_ROOT, path));
    // then
    expect(inputs).toContain('src/app');
    expect(inputs).toContain(join('..', '..', 'forms', 'src'));
  });
});
