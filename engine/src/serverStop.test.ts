import { connect, type Socket } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { ServerSettingError, startServer } from './server';

describe('startServer: settings and a prompt stop', () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it('stops within the grace period although a keep-alive client is idle and another stalls mid-request', async () => {
    // given a server (PGlite) with a grace of 500 ms, an idle keep-alive connection and one that sent half its headers
    const dir = mkdtempSync(join(tmpdir(), 'cauce-server-stop-'));
    dirs.push(dir);
    const server = await startServer({
      PORT: '0',
      HOST: '127.0.0.1',
      CAUCE_DATA_DIR: dir,
      LOG_LEVEL: 'silent',
      CAUCE_STOP_GRACE_MS: '500',
    });
    const { port } = new URL(server.address);
    const idle = await open(port);
    idle.write('GET /engine-rest/version HTTP/1.1\r\nHost: cauce\r\nConnection: keep-alive\r\n\r\n');
    const answer = await new Promise<string>((resolve) => idle.once('data', (chunk) => resolve(String(chunk))));
    const stalled = await open(port);
    stalled.write('GET /engine-rest/version HTTP/1.1\r\nHost: cauce\r\n');
    const closed = [idle, stalled].map(
      (socket) => new Promise<void>((resolve) => socket.once('close', () => resolve())),
    );
    // when
    const stopped = await Promise.race([
      server.stop().then(() => 'stopped'),
      // without the cut, Node waits for the stalled client's headers timeout (60 s and more)
      new Promise((resolve) => setTimeout(resolve, 10_000, 'still waiting after 10 s')),
    ]);
    // then
    expect(answer).toMatch(/^HTTP\/1\.1 200 /);
    expect(stopped).toBe('stopped');
    await Promise.all(closed);
    await expect(fetch(`${server.address}/engine-rest/version`)).rejects.toThrow();
  }, 120_000);

  it('refuses bad settings with a typed error that names the setting, before opening anything', async () => {
    // when
    const attempts = await Promise.all(
      [
        startServer({ DATABASE_POOL_SIZE: '0' }),
        startServer({ DATABASE_POOL_SIZE: 'ten' }),
        startServer({ CAUCE_STOP_GRACE_MS: '-1' }),
        startServer({ PORT: '70000' }),
        startServer({ DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none', DATABASE_SCHEMA: 'Bad-Name' }),
      ].map((started) =>
        started.then(
          () => undefined,
          (error: unknown) => error,
        ),
      ),
    );
    // then
    for (const error of attempts) expect(error).toBeInstanceOf(ServerSettingError);
    expect(attempts.map((e) => (e as Error).message)).toEqual([
      "DATABASE_POOL_SIZE must be a whole number from 1 to 1000 (it is '0')",
      "DATABASE_POOL_SIZE must be a whole number from 1 to 1000 (it is 'ten')",
      "CAUCE_STOP_GRACE_MS must be a whole number from 0 to 600000 (it is '-1')",
      "PORT must be a whole number from 0 to 65535 (it is '70000')",
      "DATABASE_SCHEMA must be a lower-case PostgreSQL name: a-z, 0-9, _ (it is 'Bad-Name')",
    ]);
  });

  it.skipIf(!process.env.DATABASE_URL)(
    'on PostgreSQL, keeps its tables in DATABASE_SCHEMA and serves concurrent requests on a pool of DATABASE_POOL_SIZE',
    async () => {
      // given a schema of its own and a pool of 2
      const schema = `cauce_server_${process.pid}`;
      const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
      await admin.connect();
      await admin.query(`drop schema if exists ${schema} cascade`);
      const server = await startServer({
        PORT: '0',
        HOST: '127.0.0.1',
        DATABASE_URL: process.env.DATABASE_URL,
        DATABASE_SCHEMA: schema,
        DATABASE_POOL_SIZE: '2',
        LOG_LEVEL: 'silent',
      });
      try {
        // when 20 requests come at once (the pool's size is not observable from here: the Db hides its pg.Pool)
        const answers = await Promise.all(
          Array.from({ length: 20 }, () =>
            fetch(`${server.address}/engine-rest/process-definition`).then((r) => r.status),
          ),
        );
        const tables = await admin.query(
          'select count(*)::int as n from information_schema.tables where table_schema = $1',
          [schema],
        );
        // then
        expect(answers.every((s) => s === 200)).toBe(true);
        expect(tables.rows[0].n).toBeGreaterThan(5);
      } finally {
        await server.stop();
        await admin.query(`drop schema if exists ${schema} cascade`);
        await admin.end();
      }
    },
    120_000,
  );
});

// helpers
function open(port: string): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), '127.0.0.1', () => resolve(socket));
    socket.once('error', reject);
  });
}
