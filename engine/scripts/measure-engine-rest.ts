// Measures /engine-rest over real HTTP on PGlite and (with DATABASE_URL) PostgreSQL:
// - fetchAndLock latency: one task waiting, no long polling, request → response;
// - long-poll wake-up: a worker waits (asyncResponseTimeout 30 s); an instance is started; time from the start
//   request's response (its transaction committed) to the waiting worker's response.
// Run: cd engine && npx tsx scripts/measure-engine-rest.ts [iterations]
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { buildApp } from '../src/app';
import { databasesUnderTest } from '../src/store/testing';

const iterations = Number(process.argv[2] ?? 200);
const xml = readFileSync(new URL('../src/api/engine-rest/rest.reference.bpmn', import.meta.url), 'utf8');

for (const d of databasesUnderTest()) {
  const db = await d.open();
  const app = buildApp({ db });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}/engine-rest`;
  const post = (path: string, body: unknown) =>
    fetch(`${base}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  const form = new FormData();
  form.append('deployment-name', 'measure');
  form.append('reference.bpmn', new Blob([xml]), 'reference.bpmn');
  await fetch(`${base}/deployment/create`, { method: 'POST', body: form });
  const start = () =>
    post('/process-definition/key/reference/start', { variables: { amount: { value: 10, type: 'Integer' } } });
  const fetchBody = (timeout: number) => ({
    workerId: 'm',
    maxTasks: 1,
    asyncResponseTimeout: timeout,
    topics: [{ topicName: 'check', lockDuration: 60_000 }],
  });

  const fetchMs: number[] = [];
  const wakeMs: number[] = [];
  for (let i = 0; i < iterations; i++) {
    await start();
    let t = performance.now();
    const [task] = await (await post('/external-task/fetchAndLock', fetchBody(0))).json();
    fetchMs.push(performance.now() - t);
    await post(`/external-task/${task.id}/complete`, { workerId: 'm' });

    const waiting = post('/external-task/fetchAndLock', fetchBody(30_000)).then((r) => r.json());
    while (app.externalTaskWakeups.waiting === 0) await new Promise((r) => setTimeout(r, 1));
    await start();
    t = performance.now();
    const [woken] = await waiting;
    wakeMs.push(performance.now() - t);
    await post(`/external-task/${woken.id}/complete`, { workerId: 'm' });
  }
  console.log(
    `${d.name}: fetchAndLock (task ready) ${stats(fetchMs)}; long-poll wake-up after commit ${stats(wakeMs)}  (n=${iterations}, HTTP on 127.0.0.1)`,
  );
  await app.close();
  await db.close();
}

function stats(ms: number[]): string {
  const sorted = [...ms].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))].toFixed(1);
  return `p50 ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${sorted[sorted.length - 1].toFixed(1)} ms`;
}
process.exit(0);
