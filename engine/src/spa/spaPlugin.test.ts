import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app';
import type { Db } from '../store/Db';
import { databasesUnderTest } from '../store/testing';
import { SPA_CSP, spaPlugin } from './spaPlugin';

describe('spaPlugin()', () => {
  let db: Db;
  let dist: string;
  let app: ReturnType<typeof buildApp>;
  beforeAll(async () => {
    db = await databasesUnderTest()[0].open();
    dist = await mkdtemp(join(tmpdir(), 'cauce-spa-'));
    await mkdir(join(dist, 'assets'));
    await writeFile(
      join(dist, 'index.html'),
      '<!doctype html><div id="root"></div><script type="module" src="/app/assets/app-1.js"></script>',
    );
    await writeFile(join(dist, 'assets', 'app-1.js'), 'console.log("app");'.repeat(50));
    await writeFile(join(dist, 'assets', 'font-1.woff2'), 'wOF2');
    app = buildApp({
      db,
      plugins: [
        { plugin: spaPlugin({ name: 'app', root: dist, distDir: dist, build: 'never' }), prefix: '/app' },
        {
          plugin: spaPlugin({ name: 'other', root: dist, distDir: dist, build: 'never', csp: "default-src 'none'" }),
          prefix: '/other',
        },
      ],
    });
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
    await db.close();
    await rm(dist, { recursive: true, force: true });
  });

  it('redirects /app to /app/ and serves the shell uncached, with the CSP (its own when given)', async () => {
    // when
    const bare = await app.inject({ url: '/app' });
    const shell = await app.inject({ url: '/app/' });
    const other = await app.inject({ url: '/other/' });
    // then
    expect([bare.statusCode, bare.headers.location]).toEqual([301, '/app/']);
    expect(shell.statusCode).toBe(200);
    expect(shell.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(shell.headers['cache-control']).toBe('no-cache');
    expect(shell.headers['content-security-policy']).toBe(SPA_CSP);
    expect(SPA_CSP).toContain("style-src 'self';");
    expect(other.headers['content-security-policy']).toBe("default-src 'none'");
    expect(shell.body).toContain('<div id="root">');
  });

  it('serves hashed assets immutable, gzipped when asked; deep links get the shell; escapes and missing assets are 404', async () => {
    // when
    const plain = await app.inject({ url: '/app/assets/app-1.js' });
    const gzip = await app.inject({ url: '/app/assets/app-1.js', headers: { 'accept-encoding': 'gzip, br' } });
    const font = await app.inject({ url: '/app/assets/font-1.woff2' });
    const deep = await app.inject({ url: '/app/procedimientos/x/flujo' });
    const missing = await app.inject({ url: '/app/assets/nope.js' });
    const escape = await app.inject({ url: '/app/assets/..%2F..%2F..%2Fetc%2Fpasswd' });
    // then
    expect(plain.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(plain.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(plain.headers['content-security-policy']).toBeUndefined();
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.rawPayload).toString()).toBe(plain.body);
    expect(gzip.rawPayload.length).toBeLessThan(plain.rawPayload.length);
    expect(font.headers['content-type']).toBe('font/woff2');
    expect(deep.body).toContain('<div id="root">');
    expect(missing.statusCode).toBe(404);
    expect(escape.statusCode).toBe(404);
  });
});
