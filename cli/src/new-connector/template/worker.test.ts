import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHandler, idempotencyKey, TOPIC, type TaskLike, type TaskServiceLike } from './worker';

/** A stand-in for the corporate system: answers by citizen id, records every request. */
function system(): Promise<{ url: string; requests: Array<{ key?: string; body: unknown }>; server: Server }> {
  const requests: Array<{ key?: string; body: unknown }> = [];
  const server = createServer(async (req: IncomingMessage, res) => {
    let text = '';
    for await (const chunk of req) text += chunk;
    const body = JSON.parse(text || '{}');
    requests.push({ key: req.headers['idempotency-key'] as string | undefined, body });
    const status = body.citizenId === '99000404X' ? 404 : body.citizenId === '99000503X' ? 503 : 200;
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(status === 200 ? { status: 'active', updatedAt: '2025-01-01' } : { code: 'ERR' }));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, requests, server })));
}

/** Records what the handler told the engine, as camunda-external-task-client-js's TaskService would send it. */
function taskService() {
  const calls: Array<{ kind: string; args: unknown[] }> = [];
  const service: TaskServiceLike = {
    complete: async (_task, variables) => void calls.push({ kind: 'complete', args: [(variables as { getAll(): unknown }).getAll()] }),
    handleFailure: async (_task, options) => void calls.push({ kind: 'failure', args: [options] }),
    handleBpmnError: async (_task, code, message) => void calls.push({ kind: 'bpmnError', args: [code, message] }),
  };
  return { service, calls };
}

function task(citizenId: unknown, retries: number | null = null): TaskLike {
  return { id: 't1', processInstanceId: 'pi1', activityId: 'LookUp', activityInstanceId: 'LookUp:1', retries, variables: { get: (name) => (name === 'citizenId' ? citizenId : undefined) } };
}

describe(`connector ${TOPIC}`, () => {
  let sys: Awaited<ReturnType<typeof system>>;
  beforeEach(async () => {
    sys = await system();
  });
  afterEach(() => new Promise<void>((resolve) => sys.server.close(() => resolve())));

  it('completes with the declared outputs and sends an idempotency key derived from the task', async () => {
    // given
    const { service, calls } = taskService();
    // when
    await createHandler({ systemUrl: sys.url })({ task: task('99000001C'), taskService: service });
    // then
    expect(calls).toEqual([{ kind: 'complete', args: [{ record: { status: 'active', updatedAt: '2025-01-01' } }] }]);
    expect(sys.requests).toEqual([{ key: 'cauce:pi1:LookUp:LookUp:1', body: { citizenId: '99000001C' } }]);
  });

  it('reports a citizen the system does not know as the documented BPMN error', async () => {
    // given
    const { service, calls } = taskService();
    // when
    await createHandler({ systemUrl: sys.url })({ task: task('99000404X'), taskService: service });
    // then
    expect(calls).toEqual([{ kind: 'bpmnError', args: ['NOT_FOUND', 'no record for 99000404X'] }]);
  });

  it('retries a technical failure with backoff, and gives the engine an incident when retries run out', async () => {
    // given
    const handler = createHandler({ systemUrl: sys.url, attempts: 3, backoffMs: 100 });
    const first = taskService();
    const last = taskService();
    // when
    await handler({ task: task('99000503X', null), taskService: first.service });
    await handler({ task: task('99000503X', 1), taskService: last.service });
    // then: the same key on every attempt, so the system can answer a repeat from its record
    expect(first.calls[0]).toMatchObject({ kind: 'failure', args: [{ retries: 2, retryTimeout: 100, errorMessage: 'the system answered HTTP 503' }] });
    expect(last.calls[0]).toMatchObject({ kind: 'failure', args: [{ retries: 0, retryTimeout: 400 }] });
    expect(new Set(sys.requests.map((r) => r.key))).toEqual(new Set([idempotencyKey(task('x'))]));
  });

  it('sends a task with an invalid input straight to an incident, without calling the system', async () => {
    // given
    const { service, calls } = taskService();
    // when
    await createHandler({ systemUrl: sys.url })({ task: task(42), taskService: service });
    // then
    expect(calls[0]).toMatchObject({ kind: 'failure', args: [{ retries: 0 }] });
    expect(sys.requests).toEqual([]);
  });
});
