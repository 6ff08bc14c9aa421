import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
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
    await writeFile(
      join(dist, 'index.html'),
      '<!doctype html><div id="root"></div><script type="module" src="/agente/assets/app-1.js"></script>',
    );
    await writeFile(join(dist, 'assets', 'app-1.js'), 'console.log("console");'.repeat(50));
    app = buildApp({ db, plugins: [{ plugin: agentConsole({ distDir: dist, build: 'never' }), prefix: '/agente' }] });
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
    await db.close();
    await rm(dist, { recursive: true, force: true });
  });

  it('redirects /agente to /agente/ and serves the shell uncached, with a CSP', async () => {
    // when
    const bare = await app.inject({ url: '/agente' });
    const shell = await app.inject({ url: '/agente/' });
    // then
    expect([bare.statusCode, bare.headers.location]).toEqual([301, '/agente/']);
    expect(shell.statusCode).toBe(200);
    expect(shell.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(shell.headers['cache-control']).toBe('no-cache');
    expect(shell.headers['content-security-policy']).toContain("default-src 'self'");
    expect(shell.body).toContain('<div id="root">');
  });

  it('serves hashed assets immutable, gzipped when asked; deep links get the shell; escapes and missing assets are 404', async () => {
    // when
    const plain = await app.inject({ url: '/agente/assets/app-1.js' });
    const gzip = await app.inject({ url: '/agente/assets/app-1.js', headers: { 'accept-encoding': 'gzip, br' } });
    const deep = await app.inject({ url: '/agente/queue/2' });
    const missing = await app.inject({ url: '/agente/assets/nope.js' });
    const escape = await app.inject({ url: '/agente/assets/..%2F..%2F..%2Fetc%2Fpasswd' });
    // then
    expect(plain.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(plain.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.rawPayload).toString()).toBe(plain.body);
    expect(gzip.rawPayload.length).toBeLessThan(plain.rawPayload.length);
    expect(deep.body).toContain('<div id="root">');
    expect(missing.statusCode).toBe(404);
    expect(escape.statusCode).toBe(404);
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
