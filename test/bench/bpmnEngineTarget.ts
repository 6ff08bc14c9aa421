import { EventEmitter } from 'node:events';
import { Engine } from 'bpmn-engine';
import { CLERK_VARIABLES, WORKER_VARIABLES } from './cauceTarget';
import type { Target } from './Workload';

type ServiceCallback = (err: Error | null, output?: unknown) => void;
interface ServiceCall {
  scope: { environment: { output: Record<string, unknown> } };
  callback: ServiceCallback;
  lockedBy?: string;
}

/**
 * The npm package bpmn-engine, in memory, behind the same Target: its service task's function parks the call
 * until a bench worker "fetches and completes" it, and its waiting user task is signalled by a clerk. One
 * bpmn-engine `Engine` runs one instance. The XML is parsed once and every instance starts from the serialized
 * context (what `source` would parse each time), so the peer is measured at its best.
 * @internal
 */
export async function bpmnEngineTarget(xml: string): Promise<Target & { counts: { ended: number; reviewed: number } }> {
  type Options = NonNullable<ConstructorParameters<typeof Engine>[0]>;
  // bpmn-engine's own parse-and-serialize step (what its `source` option runs on every new Engine), done once.
  const sourceContext = await (
    new Engine() as unknown as { _serializeSource(xml: string): Promise<Options['sourceContext']> }
  )._serializeSource(xml);
  const external = new Map<string, ServiceCall>();
  const userTasks = new Map<string, { signal(message: unknown): void }>();
  const counts = { ended: 0, reviewed: 0 };
  let nextId = 0;
  const services = {
    /** the gateway's condition: amount > 1000, as reference.bpmn's FEEL */
    overThousand(scope: ServiceCall['scope']) {
      return Number(scope.environment.output.amount) > 1000;
    },
    check(scope: ServiceCall['scope'], callback: ServiceCallback) {
      external.set(`x${nextId++}`, { scope, callback });
    },
  };
  return {
    counts,
    async start(businessKey) {
      const listener = new EventEmitter();
      listener.on('wait', (api: { id: string; signal(message: unknown): void }) => {
        if (api.id === 'review') userTasks.set(`u${nextId++}`, api);
      });
      listener.on('activity.end', (api: { id: string }) => {
        if (api.id === 'review') counts.reviewed++;
      });
      const engine = new Engine({ name: businessKey, sourceContext, services });
      engine.once('end', () => {
        counts.ended++;
      });
      await engine.execute({ listener });
    },
    async fetchAndLock(workerId, maxTasks) {
      await tick();
      const ids: string[] = [];
      for (const [id, call] of external) {
        if (ids.length >= maxTasks) break;
        if (call.lockedBy) continue;
        call.lockedBy = workerId;
        ids.push(id);
      }
      return ids;
    },
    async completeExternal(id) {
      await tick();
      const call = external.get(id)!;
      external.delete(id);
      Object.assign(call.scope.environment.output, WORKER_VARIABLES);
      call.callback(null, { ...WORKER_VARIABLES });
    },
    async listUserTasks(max) {
      await tick();
      return [...userTasks.keys()].slice(0, max);
    },
    async completeUserTask(id) {
      await tick();
      const api = userTasks.get(id)!;
      userTasks.delete(id);
      api.signal({ ...CLERK_VARIABLES });
    },
  };
}

// helpers
/** Yields to the event loop as a database round trip would, so the load interleaves like Cauce's. */
function tick(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
