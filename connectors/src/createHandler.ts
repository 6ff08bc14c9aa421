import type { ClientEngineError, ClientHandler, ClientTask, ClientTaskService, ClientVariables } from './camundaClient';
import type { Connector, ConnectorTask, ServiceName } from './defineConnector';
import { BusinessError, PermanentFailure, TechnicalFailure } from './failures';
import { retryPlan, type RetryPolicy } from './retryPlan';
import { ServiceClient } from './ServiceClient';
import { checkOutputs, readInputs, toClientVariables } from './variables';

/** What happened to one task, for logs and tests. @public */
export type ConnectorEvent =
  | { type: 'completed'; connector: string; taskId: string; ms: number }
  | { type: 'bpmn-error'; connector: string; taskId: string; code: string; message: string }
  | { type: 'failure'; connector: string; taskId: string; message: string; retries: number; retryTimeout: number }
  | { type: 'report-failed'; connector: string; taskId: string; message: string };

/** @public */
export interface HandlerOptions {
  /** Base URL of each system (`http://127.0.0.1:4010/sim/affiliation`). */
  serviceUrl(service: ServiceName): string;
  /** Per HTTP call. */
  timeoutMs: number;
  retry: RetryPolicy;
  /** The client library's Variables class (to complete with typed variables). */
  Variables: new () => ClientVariables;
  fetch?: typeof fetch;
  /** Default: real time. */
  clock?: () => Date;
  onEvent?(event: ConnectorEvent): void;
}

/**
 * Turns a {@link Connector} into a handler for `client.subscribe(topic, handler)`:
 *
 * 1. read and check the inputs (invalid → incident at once);
 * 2. run the connector against its system;
 * 3. report exactly one outcome: `complete` with the checked outputs; `handleBpmnError` for a documented
 *    {@link BusinessError}; `handleFailure` with `retries: 0` for a {@link PermanentFailure} (or an undocumented
 *    error code); `handleFailure` with the {@link retryPlan} for anything else (technical).
 *
 * The handler never throws: the client library would swallow it and leave the task locked until the lock expires.
 * If reporting fails (engine unreachable, lock lost), the task comes back after its lock expires and runs
 * again, and the Idempotency-Key makes the repeat harmless.
 * @public
 */
export function createHandler(
  connector: Connector,
  options: HandlerOptions,
): (args: Parameters<ClientHandler>[0]) => Promise<void> {
  const emit = (event: ConnectorEvent) => options.onEvent?.(event);
  return async ({ task, taskService }) => {
    const started = Date.now();
    const outcome = await runTask(connector, options, task);
    try {
      switch (outcome.kind) {
        case 'complete': {
          const refused = await completeOrGiveUp(
            taskService,
            task,
            toClientVariables(outcome.outputs, options.Variables),
          );
          if (refused)
            emit({
              type: 'failure',
              connector: connector.name,
              taskId: task.id,
              message: refused,
              retries: 0,
              retryTimeout: 0,
            });
          else emit({ type: 'completed', connector: connector.name, taskId: task.id, ms: Date.now() - started });
          return;
        }
        case 'bpmn-error':
          await taskService.handleBpmnError(
            task,
            outcome.error.code,
            outcome.error.message,
            toClientVariables(outcome.error.variables, options.Variables),
          );
          emit({
            type: 'bpmn-error',
            connector: connector.name,
            taskId: task.id,
            code: outcome.error.code,
            message: outcome.error.message,
          });
          return;
        case 'failure': {
          const plan = outcome.permanent ? { retries: 0, retryTimeout: 0 } : retryPlan(task.retries, options.retry);
          await taskService.handleFailure(task, {
            errorMessage: outcome.message.slice(0, 600),
            errorDetails: outcome.details,
            ...plan,
          });
          emit({ type: 'failure', connector: connector.name, taskId: task.id, message: outcome.message, ...plan });
          return;
        }
      }
    } catch (error) {
      emit({ type: 'report-failed', connector: connector.name, taskId: task.id, message: describe(error) });
    }
  };
}

// helpers

type Outcome =
  | { kind: 'complete'; outputs: Record<string, unknown> }
  | { kind: 'bpmn-error'; error: BusinessError }
  | { kind: 'failure'; permanent: boolean; message: string; details?: string };

async function runTask(connector: Connector, options: HandlerOptions, task: ClientTask): Promise<Outcome> {
  try {
    const inputs = readInputs(task.variables, connector.inputs, connector.name);
    const system = new ServiceClient({
      service: connector.service,
      baseUrl: options.serviceUrl(connector.service),
      timeoutMs: options.timeoutMs,
      task,
      fetch: options.fetch,
    });
    const outputs = await connector.run(inputs, {
      system,
      task: taskInfo(task),
      now: options.clock ?? (() => new Date()),
    });
    return { kind: 'complete', outputs: checkOutputs(outputs, connector.outputs, connector.name) };
  } catch (error) {
    if (error instanceof BusinessError) {
      if (connector.errorCodes.includes(error.code)) return { kind: 'bpmn-error', error };
      return {
        kind: 'failure',
        permanent: true,
        message: `${connector.name}: BPMN error code '${error.code}' is not documented in the template (${error.message})`,
      };
    }
    if (error instanceof PermanentFailure)
      return { kind: 'failure', permanent: true, message: error.message, details: error.details };
    if (error instanceof TechnicalFailure)
      return { kind: 'failure', permanent: false, message: error.message, details: error.details };
    // An unexpected exception: treated as technical, so a passing glitch heals and a bug ends as an incident.
    return {
      kind: 'failure',
      permanent: false,
      message: `${connector.name}: ${describe(error)}`,
      details: error instanceof Error ? error.stack : undefined,
    };
  }
}

/**
 * Completes the task; returns why it gave up, if it did. When the engine refuses the completion itself (400/500: e.g. a variable it cannot
 * store), the task would otherwise come back after every lock expiry and fail the same way forever, so it
 * becomes an incident. A lost lock or an unreachable engine is left alone: the task comes back by itself.
 */
async function completeOrGiveUp(
  taskService: ClientTaskService,
  task: ClientTask,
  variables: ClientVariables,
): Promise<string | undefined> {
  try {
    await taskService.complete(task, variables);
    return undefined;
  } catch (error) {
    const status = (error as ClientEngineError).httpStatusCode;
    const lockProblem =
      /LOCK|NOT_LOCKED|NOT_FOUND/.test(String((error as ClientEngineError).code ?? '')) || status === 404;
    if ((status === 400 || status === 500) && !lockProblem) {
      const message = `the engine refused the completion: ${describe(error)}`.slice(0, 600);
      await taskService.handleFailure(task, { errorMessage: message, retries: 0, retryTimeout: 0 });
      return message;
    }
    throw error;
  }
}

function taskInfo(task: ClientTask): ConnectorTask {
  return {
    id: task.id,
    topicName: task.topicName,
    processInstanceId: task.processInstanceId,
    processDefinitionKey: task.processDefinitionKey,
    activityId: task.activityId,
    activityInstanceId: task.activityInstanceId,
    businessKey: task.businessKey,
    retries: task.retries,
  };
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
