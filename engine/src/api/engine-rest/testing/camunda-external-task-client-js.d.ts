// The part of camunda-external-task-client-js 3.1 (no bundled types) the engine-rest tests use.
declare module 'camunda-external-task-client-js' {
  export class Variables {
    get(name: string): any;
    set(name: string, value: unknown): Variables;
    setTyped(name: string, typed: { value: unknown; type: string; valueInfo?: Record<string, unknown> }): Variables;
  }
  export interface TaskService {
    complete(task: unknown, processVariables?: Variables, localVariables?: Variables): Promise<void>;
    handleFailure(
      task: unknown,
      options: { errorMessage?: string; errorDetails?: string; retries?: number; retryTimeout?: number },
    ): Promise<void>;
    handleBpmnError(task: unknown, errorCode: string, errorMessage?: string, variables?: Variables): Promise<void>;
  }
  export class Client {
    constructor(options: {
      baseUrl: string;
      workerId?: string;
      asyncResponseTimeout?: number;
      autoPoll?: boolean;
      interval?: number;
      maxTasks?: number;
      lockDuration?: number;
      use?: unknown;
    });
    subscribe(
      topic: string,
      handler: (args: { task: { id: string; variables: Variables }; taskService: TaskService }) => Promise<void>,
    ): { unsubscribe(): void };
    start(): void;
    stop(): void;
    on(event: string, handler: (...args: any[]) => void): void;
  }
}
