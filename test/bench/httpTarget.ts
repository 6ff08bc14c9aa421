import type { AddressInfo } from 'node:net';
import { buildApp, Engine, type Db } from '@cauce/engine';
import { CLERK_VARIABLES, WORKER_VARIABLES } from './cauceTarget';
import type { Target } from './Workload';

/**
 * Cauce over HTTP: `buildApp({ db, engine })` listening on a free local port, driven through the Camunda 7 REST
 * surface exactly as its clients call it (deployment/create multipart, key/{key}/start, external-task/fetchAndLock
 * with long polling, external-task/{id}/complete, GET /task, task/{id}/complete), with keep-alive connections.
 * @internal
 */
export async function httpVariant(db: Db, xml: string): Promise<{ target: Target; close(): Promise<void> }> {
  const app = buildApp({ db, engine: new Engine({ db }) });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;
  const base = `http://127.0.0.1:${port}/engine-rest`;
  console.log(`   ${base} (fastify, buildApp; fetch with keep-alive)`);
  const call = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const res = await fetch(`${base}${path}`, {
      method,
      headers: body === undefined ? undefined : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${text}`);
    return (text ? JSON.parse(text) : undefined) as T;
  };

  const form = new FormData();
  form.append('deployment-name', 'bench');
  form.append('deployment-source', 'cauce-bench');
  form.append('reference.bpmn', new Blob([xml], { type: 'application/octet-stream' }), 'reference.bpmn');
  const deployed = await fetch(`${base}/deployment/create`, { method: 'POST', body: form });
  if (!deployed.ok) throw new Error(`deployment/create: ${deployed.status} ${await deployed.text()}`);

  const workerVars = camunda(WORKER_VARIABLES);
  const clerkVars = camunda(CLERK_VARIABLES);
  const target: Target = {
    async start(businessKey) {
      await call('POST', '/process-definition/key/benchReference/start', { businessKey });
    },
    async fetchAndLock(workerId, maxTasks) {
      const tasks = await call<Array<{ id: string }>>('POST', '/external-task/fetchAndLock', {
        workerId,
        maxTasks,
        usePriority: true,
        asyncResponseTimeout: 1000,
        topics: [{ topicName: 'check', lockDuration: 60_000 }],
      });
      return tasks.map((t) => t.id);
    },
    async completeExternal(id, workerId) {
      await call('POST', `/external-task/${id}/complete`, { workerId, variables: workerVars });
    },
    async listUserTasks(max) {
      const tasks = await call<Array<{ id: string }>>(
        'GET',
        `/task?processDefinitionKey=benchReference&taskDefinitionKey=review&firstResult=0&maxResults=${max}`,
      );
      return tasks.map((t) => t.id);
    },
    async completeUserTask(id) {
      await call('POST', `/task/${id}/complete`, { variables: clerkVars });
    },
  };
  return { target, close: async () => void (await app.close()) };
}

// helpers
/** Camunda typed variables, as a Camunda client sends them. */
function camunda(values: Record<string, number | boolean>): Record<string, { value: unknown; type: string }> {
  return Object.fromEntries(
    Object.entries(values).map(([name, value]) => [
      name,
      { value, type: typeof value === 'boolean' ? 'Boolean' : 'Integer' },
    ]),
  );
}
