import { buildApp, databasesUnderTest } from '@cauce/engine';

/**
 * What a connector test needs of an engine: the REST base the worker polls, and a way to set up and look, all
 * through the Camunda 7 REST API (so the tests see what any Camunda client would).
 */
export interface EngineUnderTest {
  /** `http://127.0.0.1:<port>/engine-rest` */
  restUrl: string;
  deploy(name: string, bpmn: string): Promise<void>;
  /** Starts the latest version of `key`; returns the instance id. */
  start(key: string, variables: Record<string, unknown>): Promise<string>;
  /** Element ids of the instance's open user tasks. */
  userTasks(instanceId: string): Promise<string[]>;
  /** The instance's variables, plain values (Json parsed). */
  variables(instanceId: string): Promise<Record<string, unknown>>;
  incidents(instanceId: string): Promise<Array<{ activityId: string; incidentType: string; incidentMessage: string }>>;
  /** The instance's open external tasks (retries, errorMessage…). */
  externalTasks(
    instanceId: string,
  ): Promise<Array<{ id: string; activityId: string; retries: number | null; errorMessage: string | null }>>;
  close(): Promise<void>;
}

/**
 * The real engine (buildApp) on a fresh, migrated PGlite database (the engine's test databases: ≈ 0.7 s rather
 * than ≈ 5 s for a new one), listening on a random port.
 */
export async function startEngineUnderTest(): Promise<EngineUnderTest> {
  const pglite = databasesUnderTest().find((d) => d.name === 'pglite')!;
  const db = await pglite.open();
  const app = buildApp({ db });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as { port: number };
  const restUrl = `http://127.0.0.1:${port}/engine-rest`;
  const rest = async (method: string, path: string, body?: BodyInit, headers: Record<string, string> = {}) => {
    const res = await fetch(`${restUrl}${path}`, { method, body, headers });
    const text = await res.text();
    if (!res.ok) throw new Error(`${method} ${path} → ${res.status}: ${text}`);
    return text ? JSON.parse(text) : null;
  };
  const json = (path: string, body: unknown) =>
    rest('POST', path, JSON.stringify(body), { 'content-type': 'application/json' });
  return {
    restUrl,
    async deploy(name, bpmn) {
      const form = new FormData();
      form.append('deployment-name', name);
      form.append(`${name}.bpmn`, new Blob([bpmn], { type: 'application/octet-stream' }), `${name}.bpmn`);
      await rest('POST', '/deployment/create', form);
    },
    async start(key, variables) {
      const typed = Object.fromEntries(Object.entries(variables).map(([k, v]) => [k, typedValue(v)]));
      return (await json(`/process-definition/key/${encodeURIComponent(key)}/start`, { variables: typed })).id;
    },
    async userTasks(instanceId) {
      const tasks: Array<{ taskDefinitionKey: string }> = await rest('GET', `/task?processInstanceId=${instanceId}`);
      return tasks.map((t) => t.taskDefinitionKey).sort();
    },
    async variables(instanceId) {
      const vars: Record<string, { type: string; value: unknown }> = await rest(
        'GET',
        `/process-instance/${instanceId}/variables`,
      );
      return Object.fromEntries(
        Object.entries(vars).map(([k, v]) => [
          k,
          v.type === 'Json' && typeof v.value === 'string' ? JSON.parse(v.value) : v.value,
        ]),
      );
    },
    incidents: (instanceId) => rest('GET', `/incident?processInstanceId=${instanceId}`),
    externalTasks: (instanceId) => rest('GET', `/external-task?processInstanceId=${instanceId}`),
    async close() {
      await app.close();
      await db.close();
    },
  };
}

// helpers

function typedValue(value: unknown): { value: unknown; type: string } {
  if (value === null) return { value: null, type: 'Null' };
  if (typeof value === 'string') return { value, type: 'String' };
  if (typeof value === 'boolean') return { value, type: 'Boolean' };
  if (typeof value === 'number') return { value, type: Number.isInteger(value) ? 'Integer' : 'Double' };
  return { value: JSON.stringify(value), type: 'Json' };
}
