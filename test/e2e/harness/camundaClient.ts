/**
 * Typed access to the real `camunda-external-task-client-js` (3.1, plain JavaScript without type declarations).
 *
 * The package is loaded with a dynamic import of a non-literal specifier instead of an ambient
 * `declare module`: an ambient declaration is global to the type check, and a second one written elsewhere in
 * the workspace for the same package would clash with it. The types below are the subset the e2e tests use,
 * read from the package's `lib/Client.js`, `lib/TaskService.js` and `lib/Variables.js`.
 * @internal
 */

/** A typed value as the client reads and writes it (type names in lower case when the client writes them). */
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
  businessKey: string | null;
  retries: number | null;
  errorMessage: string | null;
  lockExpirationTime: string;
  variables: ClientVariables;
}

export interface ClientTaskService {
  complete(task: ClientTask | string, variables?: ClientVariables, localVariables?: ClientVariables): Promise<void>;
  handleFailure(task: ClientTask | string, options: { errorMessage?: string; errorDetails?: string; retries?: number; retryTimeout?: number }): Promise<void>;
  handleBpmnError(task: ClientTask | string, errorCode: string, errorMessage?: string, variables?: ClientVariables): Promise<void>;
  extendLock(task: ClientTask | string, newDuration: number): Promise<void>;
  unlock(task: ClientTask | string): Promise<void>;
}

export type ClientHandler = (args: { task: ClientTask; taskService: ClientTaskService }) => unknown;

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
}

export interface Client {
  subscribe(topic: string, options: { lockDuration?: number; variables?: string[] } | null, handler: ClientHandler): { unsubscribe(): void };
  start(): void;
  stop(): void;
  on(event: string, listener: (...args: any[]) => void): Client;
  once(event: string, listener: (...args: any[]) => void): Client;
}

/**
 * The error the client throws for a non-2xx answer (`lib/__internal/EngineError.js`): the engine's
 * `{type, message, code}` plus the HTTP status.
 */
export interface ClientEngineError extends Error {
  httpStatusCode: number;
  code: string;
  type: string;
  engineMsg: string;
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
