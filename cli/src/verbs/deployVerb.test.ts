import { readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildApp, openPglite, pgliteTemplate } from '@cauce/engine';
import { runCli } from '../runCli';
import { BROKEN, GOOD, copyPackage, memoryIo } from '../testing';

/** An engine-rest stand-in that keeps each multipart request and answers as told. */
async function engineStub(answer: (parts: FormData) => { status: number; body: unknown }) {
  const requests: Array<{ headers: Record<string, unknown>; parts: FormData }> = [];
  const server: Server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const parts = await new Request('http://stub', {
      method: 'POST',
      headers: { 'content-type': String(req.headers['content-type']) },
      body: Buffer.concat(chunks),
    }).formData();
    requests.push({ headers: req.headers, parts });
    const { status, body } = answer(parts);
    res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/engine-rest`,
    requests,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

/** The part names in order (the workspace's lib has DOM without DOM.Iterable). */
function keysOf(parts: FormData): string[] {
  const keys: string[] = [];
  parts.forEach((_, key) => keys.push(key));
  return keys;
}

describe('cauce deploy', () => {
  const cleanup: Array<() => Promise<void>> = [];
  afterEach(async () => {
    for (const fn of cleanup.splice(0)) await fn();
  });

  it('posts the package as Camunda Modeler does and prints the deployed definitions', async () => {
    // given
    const stub = await engineStub(() => ({
      status: 200,
      body: {
        id: 'dep-1',
        deployedProcessDefinitions: {
          'fixture-health-card:1:x': {
            id: 'fixture-health-card:1:x',
            key: 'fixture-health-card',
            version: 1,
            resource: 'process.bpmn',
          },
        },
      },
    }));
    cleanup.push(stub.close);
    const io = memoryIo();
    // when
    const code = await runCli(['deploy', GOOD, '--url', `${stub.url}/`, '--user', 'demo', '--password', 'pw'], io);
    // then
    expect(code).toBe(0);
    expect(io.out).toEqual([
      `✔ deployed fixture-health-card to ${stub.url}/ (deployment dep-1)`,
      '  fixture-health-card  version 1  fixture-health-card:1:x  (process.bpmn)',
    ]);
    const [{ headers, parts }] = stub.requests;
    expect(headers.authorization).toBe(`Basic ${Buffer.from('demo:pw').toString('base64')}`);
    expect(parts.get('deployment-name')).toBe('fixture-health-card');
    expect(parts.get('deployment-source')).toBe('cauce-cli');
    expect(keysOf(parts).filter((k) => !k.startsWith('deployment-'))).toEqual([
      'forms/ConfirmAddress.schema.json',
      'forms/ReviewAffiliation.schema.json',
      'procedure.json',
      'process.bpmn',
      'texts/ca.json',
      'texts/en.json',
      'texts/es.json',
      'texts/eu.json',
      'texts/gl.json',
    ]);
    expect(await (parts.get('process.bpmn') as File).text()).toBe(await readFile(join(GOOD, 'process.bpmn'), 'utf8'));
  });

  it("prints the engine's refusal as findings with file, element and line, and exits 1", async () => {
    // given an engine that refuses the BPMN the way Cauce's and Camunda's do (ParseException details)
    const stub = await engineStub(() => ({
      status: 400,
      body: {
        type: 'ParseException',
        message: 'process.bpmn: IssueCard is not supported',
        details: {
          'process.bpmn': { errors: [{ message: 'not supported here', line: 33, mainElementId: 'IssueCard' }] },
        },
      },
    }));
    cleanup.push(stub.close);
    const io = memoryIo();
    // when
    const code = await runCli(['deploy', GOOD, '--url', stub.url, '--bpmn-only'], io);
    // then
    expect(code).toBe(1);
    expect(io.out).toContain(
      'procedure-kit/src/lint/fixtures/good-package/process.bpmn:33  error  IssueCard  not supported here  [engine/deploy]',
    );
    expect(io.out.at(-1)).toBe(
      '✖ the engine refused the deployment (HTTP 400): process.bpmn: IssueCard is not supported',
    );
    expect(keysOf(stub.requests[0].parts)).toEqual(['deployment-name', 'deployment-source', 'process.bpmn']);
  });

  it('does not deploy a package that does not validate, and says when the engine cannot be reached', async () => {
    // given
    const io = memoryIo();
    const unreachable = memoryIo();
    // when
    const code = await runCli(['deploy', BROKEN, '--url', 'http://127.0.0.1:9/engine-rest'], io);
    const code2 = await runCli(['deploy', GOOD, '--url', 'http://127.0.0.1:9/engine-rest'], unreachable);
    // then
    expect(code).toBe(1);
    expect(io.out.at(-1)).toBe('✖ not deployed: the package does not validate (--force deploys anyway)');
    expect(code2).toBe(1);
    expect(unreachable.out[0]).toMatch(
      /^✖ cannot reach the engine at http:\/\/127\.0\.0\.1:9\/engine-rest\/deployment\/create: /,
    );
  });

  it('exits 2 without --url', async () => {
    // given / when
    const io = memoryIo();
    // then
    expect(await runCli(['deploy', GOOD], io)).toBe(2);
  });

  it("deploys to Cauce's engine-rest, and shows its refusal of JUEL with the line", async () => {
    // given
    const db = await openPglite({ loadDataDir: await pgliteTemplate() });
    const app = buildApp({ db });
    const base = await app.listen({ port: 0, host: '127.0.0.1' });
    cleanup.push(async () => {
      await app.close();
      await db.close();
    });
    const juel = await copyPackage(GOOD, 'juel');
    cleanup.push(() => rm(join(juel, '..'), { recursive: true, force: true }));
    const bpmn = join(juel, 'process.bpmn');
    await writeFile(
      bpmn,
      (await readFile(bpmn, 'utf8')).replace(
        'addressConfirmed = &#34;yes&#34;',
        '${addressConfirmed == &#34;yes&#34; &amp;&amp; ok}',
      ),
    );
    const good = memoryIo();
    const refused = memoryIo();
    // when
    const goodCode = await runCli(['deploy', GOOD, '--url', `${base}/engine-rest`, '-q'], good);
    const refusedCode = await runCli(['deploy', juel, '--url', `${base}/engine-rest`, '--force', '-q'], refused);
    // then
    expect(goodCode).toBe(0);
    expect(good.out[1]).toMatch(/^ {2}fixture-health-card {2}version 1 {2}fixture-health-card:1:/);
    expect(refusedCode).toBe(1);
    expect(refused.out[0]).toMatch(/juel\/process\.bpmn:\d+  error  Flow_AddressOk  condition .* is JUEL/);
  });
});
