/**
 * Typed access to `camunda-external-task-client-js` 3.1 (plain JavaScript, no type declarations).
 *
 * Loaded with a dynamic import of a non-literal specifier rather than typed with an ambient `declare module`:
 * an ambient declaration is global to the workspace's single type check, and a second one for the same package
 * elsewhere would clash with it. The types are the subset the connectors use, read from the package's
 * `lib/Client.js`, `lib/TaskService.js`, `lib/Variables.js` and `lib/__internal/EngineError.js`.
 * @internal
 */

/** A typed value as the client reads it (`type` in lower case; json parsed, date a `Date`). */
export interface ClientTypedValue {
  type: string;
  value: unknown;
  valueInfo?: Record<string, unknown>;
}

/** `Variables` of the client library. */
export interface ClientVariables {
  get(name: string): unknown;
  getTyped(name: string): ClientTypedValue | null;
  getAll(): Record<string, unknown>;
  getAllTyped(): Record<string, ClientTypedValue>;
  set(name: string, value: unknown): ClientVariables;
  setTyped(name: string, typed: ClientTypedValue): ClientVariables;
  setAll(values: Record<string, unknown>): ClientVariables;
}

/** The task a handler receives: Camunda's LockedExternalTaskDto with `variables` wrapped. */
export interface ClientTask {
  id: string;
  topicName: string;
  workerId: string;
  processInstanceId: string;
  processDefinitionKey: string;
  activityId: string;
  activityInstanceId?: string;
  businessKey: string | null;
  retries: number | null;
  errorMessage: string | null;
  lockExpirationTime: string;
  variables: ClientVariables;
}

export interface ClientTaskService {
  complete(task: ClientTask | string, variables?: ClientVariables, localVariables?: ClientVariables): Promise<void>;
  handleFailure(
    task: ClientTask | string,
    options: { errorMessage?: string; errorDetails?: string; retries?: number; retryTimeout?: number },
  ): Promise<void>;
  handleBpmnError(
    task: ClientTask | string,
    errorCode: string,
    errorMessage?: string,
    variables?: ClientVariables,
  ): Promise<void>;
  extendLock(task: ClientTask | string, newDuration: number): Promise<void>;
  unlock(task: ClientTask | string): Promise<void>;
}

/** What the client calls per task; it does not wait on the result unless it is a promise. */
export type ClientHandler = (args: { task: ClientTask; taskService: ClientTaskService }) => unknown;

/** got request options as the client's interceptors see them. */
export interface ClientRequestOptions {
  method: string;
  json?: Record<string, unknown>;
  headers?: Record<string, string>;
  signal?: AbortSignal;
  [key: string]: unknown;
}

export interface ClientOptions {
  baseUrl: string;
  workerId?: string;
  maxTasks?: number;
  interval?: number;
  lockDuration?: number;
  autoPoll?: boolean;
  asyncResponseTimeout?: number;
  maxParallelExecutions?: number;
  usePriority?: boolean;
  interceptors?: Array<(options: ClientRequestOptions) => ClientRequestOptions>;
}

export interface Client {
  subscribe(
    topic: string,
    options: { lockDuration?: number; variables?: string[] } | null,
    handler: ClientHandler,
  ): { unsubscribe(): void };
  start(): void;
  stop(): void;
  on(event: string, listener: (...args: any[]) => void): Client;
  off(event: string, listener: (...args: any[]) => void): Client;
}

/** The error the client throws for a non-2xx answer: the engine's `{type, message, code}` plus the status. */
export interface ClientEngineError extends Error {
  httpStatusCode?: number;
  code?: string;
  type?: string;
}

export interface CamundaClientModule {
  Client: new (options: ClientOptions) => Client;
  Variables: new () => ClientVariables;
}

const PACKAGE: string = 'camunda-external-task-client-js';

/** Loads the client library once. */
export function camundaClient(): Promise<CamundaClientModule> {
  loaded ??= import(/* @vite-ignore */ PACKAGE) as Promise<CamundaClientModule>;
  return loaded;
}

// helpers
let loaded: Promise<CamundaClientModule> | undefined;
