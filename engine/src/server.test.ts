import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

describe('server', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  // One test: a fresh PGlite data directory costs seconds (initdb), so the whole life cycle runs once.
  it('runs as `npm start` does: PGlite in CAUCE_DATA_DIR, migrated, /engine-rest served, exit 0 on SIGTERM', async () => {
    // given
    dir = mkdtempSync(join(tmpdir(), 'cauce-server-'));
    const child = spawn(process.execPath, ['--import', 'tsx', new URL('./server.ts', import.meta.url).pathname], {
      env: { ...process.env, PORT: '0', HOST: '127.0.0.1', CAUCE_DATA_DIR: dir, DATABASE_URL: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stderr.on('data', (chunk) => (output += chunk));
    const address = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (chunk) => {
        output += chunk;
        const match = /Cauce engine REST at (http:\/\/[^"\s]+)\/engine-rest/.exec(output);
        if (match) resolve(match[1]);
      });
      child.once('exit', (code) => reject(new Error(`server exited with ${code}: ${output}`)));
    });
    const version = await fetch(`${address}/engine-rest/version`);
    const definitions = await fetch(`${address}/engine-rest/process-definition`);
    // when
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    // then
    expect(version.headers.get('content-type')).toBe('application/json');
    expect(await version.json()).toEqual({ version: '7.22.0' });
    expect(await definitions.json()).toEqual([]);
    expect(await exited).toBe(0);
    expect(output).toContain('SIGTERM: shutting down');
    await expect(fetch(`${address}/engine-rest/version`)).rejects.toThrow();
  }, 120_000);
});
