/**
 * Connector `example-lookup`: the worker for the external-task topic `example.lookup`.
 *
 * A service task with `camunda:type="external" camunda:topic="example.lookup"` waits until this worker
 * fetches it, calls the corporate system and completes it (or reports a BPMN error, or a failure). It runs
 * unchanged against Cauce's engine and Camunda 7 / Operaton: it only speaks the external-task REST API,
 * through camunda-external-task-client-js.
 *
 * - Inputs and outputs are declared in template.json (`x-cauce-inputs`, `x-cauce-outputs`); the worker
 *   fetches only the declared inputs and completes with only the declared outputs.
 * - Business outcomes (the system has no record) are BPMN errors with codes documented in
 *   `x-cauce-errors`, so the process can route them to an error boundary event.
 * - Technical failures (timeouts, 5xx, network) are retried with exponential backoff; when retries run
 *   out the engine raises an incident an operator can retry.
 * - Every call that changes something carries an `Idempotency-Key` derived from the task, the same on
 *   every retry and on any worker, so a retried task never acts twice.
 *
 * Run it: `CAUCE_ENGINE_URL=http://localhost:3000/engine-rest EXAMPLE_LOOKUP_URL=http://… npx tsx worker.ts`
 */
import { fileURLToPath } from 'node:url';
import template from './template.json';

/** The topic this worker serves, read from template.json so the two never differ. */
export const TOPIC = template.properties.find((p) => p.binding.type === 'property' && p.binding.name === 'camunda:topic')!.value as string;

/** The inputs the task gives (template.json `x-cauce-inputs`). */
export interface ExampleLookupInputs {
  citizenId: string;
}

/** What the worker completes the task with (template.json `x-cauce-outputs`). */
export interface ExampleLookupOutputs {
  record: { status: 'active' | 'inactive'; updatedAt?: string };
}

/** A business outcome, reported to the process as a BPMN error with a documented code. */
export class BusinessError extends Error {
  constructor(readonly code: (typeof template)['x-cauce-errors'][number]['code'], message: string) {
    super(message);
  }
}

/** The subset of camunda-external-task-client-js this worker uses (the library has no type declarations). */
export interface TaskLike {
  id: string;
  processInstanceId: string;
  activityId: string;
  activityInstanceId?: string;
  retries: number | null;
  variables: { get(name: string): unknown };
}
export interface TaskServiceLike {
  complete(task: TaskLike, variables?: unknown): Promise<void>;
  handleFailure(task: TaskLike, options: { errorMessage: string; errorDetails?: string; retries: number; retryTimeout: number }): Promise<void>;
  handleBpmnError(task: TaskLike, errorCode: string, errorMessage?: string): Promise<void>;
}

export interface WorkerOptions {
  /** base URL of the corporate system */
  systemUrl: string;
  /** attempts before an incident (the first try included) */
  attempts?: number;
  /** first retry delay; doubles on each retry */
  backoffMs?: number;
  /** per-call timeout */
  timeoutMs?: number;
}

/**
 * The key that makes a retried task safe: process instance, activity and activity instance (a loop that
 * visits the activity again is a new visit and acts again; a retry of the same visit does not).
 */
export function idempotencyKey(task: Pick<TaskLike, 'processInstanceId' | 'activityId' | 'activityInstanceId'>): string {
  return `cauce:${task.processInstanceId}:${task.activityId}:${task.activityInstanceId ?? ''}`;
}

/** The task handler: read inputs, call the system, then complete, report a BPMN error, or fail with a retry. */
export function createHandler(options: WorkerOptions) {
  const attempts = options.attempts ?? 4;
  const backoffMs = options.backoffMs ?? 5_000;
  return async ({ task, taskService }: { task: TaskLike; taskService: TaskServiceLike }): Promise<void> => {
    try {
      const inputs = readInputs(task);
      const outputs = await callSystem(options, inputs, idempotencyKey(task));
      const { Variables } = await clientLibrary();
      await taskService.complete(task, new Variables().setAll(outputs));
    } catch (error) {
      if (error instanceof BusinessError) return taskService.handleBpmnError(task, error.code, error.message);
      // retries is null on the first attempt; then it is what the previous failure left.
      const left = error instanceof InputError ? 0 : (task.retries ?? attempts) - 1;
      const tried = attempts - 1 - left;
      await taskService.handleFailure(task, {
        errorMessage: (error as Error).message.slice(0, 600),
        errorDetails: (error as Error).stack,
        retries: Math.max(left, 0),
        retryTimeout: backoffMs * 2 ** Math.max(tried, 0),
      });
    }
  };
}

/** Subscribes the worker to its topic on an engine; returns the client (call `stop()` to end). */
export async function startWorker(options: WorkerOptions & { engineUrl: string; workerId?: string }) {
  const { Client } = await clientLibrary();
  const client = new Client({ baseUrl: options.engineUrl, workerId: options.workerId ?? `example-lookup-${process.pid}`, asyncResponseTimeout: 10_000, lockDuration: 60_000 });
  client.subscribe(TOPIC, { variables: Object.keys(template['x-cauce-inputs'].properties) }, createHandler(options));
  return client;
}

// helpers

/** An input the model did not provide: retrying cannot help, so the task goes straight to an incident. */
class InputError extends Error {}

function readInputs(task: TaskLike): ExampleLookupInputs {
  const citizenId = task.variables.get('citizenId');
  if (typeof citizenId !== 'string' || !new RegExp(template['x-cauce-inputs'].properties.citizenId.pattern).test(citizenId)) {
    throw new InputError(`input citizenId must be a DNI/NIE, got ${JSON.stringify(citizenId)}`);
  }
  return { citizenId };
}

async function callSystem(options: WorkerOptions, inputs: ExampleLookupInputs, key: string): Promise<ExampleLookupOutputs> {
  const response = await fetch(`${options.systemUrl.replace(/\/+$/, '')}/records/lookup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', 'idempotency-key': key },
    body: JSON.stringify(inputs),
    signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
  });
  if (response.status === 404) throw new BusinessError('NOT_FOUND', `no record for ${inputs.citizenId}`);
  if (!response.ok) throw new Error(`the system answered HTTP ${response.status}`);
  const body = (await response.json()) as { status?: unknown; updatedAt?: unknown };
  if (body.status !== 'active' && body.status !== 'inactive') throw new Error(`unexpected answer: ${JSON.stringify(body).slice(0, 200)}`);
  return { record: { status: body.status, ...(typeof body.updatedAt === 'string' ? { updatedAt: body.updatedAt } : {}) } };
}

interface ClientLibrary {
  Client: new (options: Record<string, unknown>) => { subscribe(topic: string, options: object, handler: ReturnType<typeof createHandler>): unknown; stop(): void };
  Variables: new () => { setAll(values: object): unknown };
}

/** Loaded by a non-literal specifier: the library ships no types, and an ambient `declare module` would clash workspace-wide. */
function clientLibrary(): Promise<ClientLibrary> {
  const name: string = 'camunda-external-task-client-js';
  return import(/* @vite-ignore */ name) as Promise<ClientLibrary>;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const engineUrl = process.env.CAUCE_ENGINE_URL ?? 'http://localhost:3000/engine-rest';
  const systemUrl = process.env.EXAMPLE_LOOKUP_URL;
  if (!systemUrl) throw new Error('set EXAMPLE_LOOKUP_URL to the corporate system');
  await startWorker({ engineUrl, systemUrl });
  console.log(`example-lookup: serving topic ${TOPIC} from ${engineUrl}`);
}
