import { mkdtempSync, rmSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hidden, httpClient } from '@cauce/channels/self-service/testing';
import { startProduct } from './startProduct';

describe('npm start (startProduct) on the embedded database', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'cauce-product-'));
  let product: Awaited<ReturnType<typeof startProduct>>;
  beforeAll(async () => {
    product = await startProduct({ PORT: '0', HOST: '127.0.0.1', CAUCE_DATA_DIR: dataDir });
  }, 120_000);
  afterAll(async () => {
    await product?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('serves the engine, the home page and the simulators, with the sample procedures deployed', async () => {
    // given the product started
    // when
    const engine = await fetch(`${product.address}/engine-rest/engine`);
    const definitions = await (
      await fetch(`${product.address}/engine-rest/process-definition?latestVersion=true`)
    ).json();
    const home = await fetch(`${product.address}/`);
    const outbox = await fetch(`${product.simulators.url}/sim/sms/outbox`);
    const pages = await fetch(`${product.address}/tramites/`);
    const consolePage = await fetch(`${product.address}/agente/`);
    const designerPage = await fetch(`${product.address}/disenador/procedimientos/x/flujo`);
    const catalogue = await fetch(`${product.address}/api/procedures`);
    const robots = await fetch(`${product.address}/robots.txt`);
    // then
    expect(engine.headers.get('content-type')).toBe('application/json');
    expect(definitions.map((d: { key: string }) => d.key).sort()).toEqual([
      'appointment-booking',
      'benefit-certificate',
      'change-of-address',
      'change-of-bank-details',
      'claim-status',
      'european-health-card',
    ]);
    const homeHtml = await home.text();
    expect(homeHtml).toContain('Cauce');
    expect(homeHtml).toContain('href="/disenador/"');
    expect(outbox.status).toBe(200);
    expect(pages.status).toBe(200);
    expect(await pages.text()).toContain('<html');
    expect(consolePage.status).toBe(200);
    expect(designerPage.status).toBe(200);
    expect(await designerPage.text()).toMatch(/<script type="module"[^>]* src="\/disenador\/assets\//);
    expect(catalogue.status).toBeLessThan(500);
    expect(await robots.text()).toBe('User-agent: *\nAllow: /tramites/$\nAllow: /tramites/tramite/\nDisallow: /\n');
  });

  it('keeps a citizen’s open form and an agent’s sign-in valid across a restart on the same data directory', async () => {
    // given a citizen with the start page open and an agent signed in
    const citizen = httpClient(product.address);
    const startPage = await citizen.get(`${product.address}/tramites/tramite/appointment-booking`);
    const token = hidden(startPage.html, '_csrf');
    const login = await (
      await fetch(`${product.address}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ user: 'ana', password: 'cauce' }),
      })
    ).json();
    // when the product restarts
    await product.stop();
    product = await startProduct({ PORT: '0', HOST: '127.0.0.1', CAUCE_DATA_DIR: dataDir });
    const started = await citizen.post(`${product.address}/tramites/tramite/appointment-booking`, { _csrf: token });
    const queue = await fetch(`${product.address}/api/queues/1`, {
      headers: { authorization: `Bearer ${login.token}` },
    });
    // then the form posts and the token still signs the agent in
    expect(started.status).toBe(303);
    expect(queue.status).toBe(200);
  }, 120_000);
  // Last: it stops the product (afterAll's stop then returns the same promise).
  it('stops within a couple of seconds although a keep-alive client is idle and another stalls mid-request', async () => {
    // given an idle keep-alive connection to the pages and one that sent half its headers (default grace: 2 s)
    const { port } = new URL(product.address);
    const idle = await open(port);
    idle.write('GET /tramites/ HTTP/1.1\r\nHost: cauce\r\nConnection: keep-alive\r\n\r\n');
    const answer = await new Promise<string>((resolve) => idle.once('data', (chunk) => resolve(String(chunk))));
    const stalled = await open(port);
    stalled.write('GET /tramites/ HTTP/1.1\r\nHost: cauce\r\n');
    const closed = [idle, stalled].map(
      (socket) => new Promise<void>((resolve) => socket.once('close', () => resolve())),
    );
    // when
    const stopped = await Promise.race([
      product.stop().then(() => 'stopped'),
      // without the cut, Node waits for the stalled client's headers timeout (60 s and more)
      new Promise((resolve) => setTimeout(resolve, 15_000, 'still waiting after 15 s')),
    ]);
    // then
    expect(answer).toMatch(/^HTTP\/1\.1 200 /);
    expect(stopped).toBe('stopped');
    await Promise.all(closed);
  }, 60_000);
});

// helpers
function open(port: string): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), '127.0.0.1', () => resolve(socket));
    socket.once('error', reject);
  });
}
