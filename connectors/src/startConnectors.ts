import { hostname } from 'node:os';
import { camundaClient, type ClientRequestOptions } from './camundaClient';
import { CONNECTORS } from './connectorCatalogue';
import { createHandler, type ConnectorEvent } from './createHandler';
import type { Connector, ServiceName } from './defineConnector';
import { SERVICE_NAMES } from './defineConnector';
import { DEFAULT_RETRY_POLICY, type RetryPolicy } from './retryPlan';

/** Credentials of the worker towards the engine (the integrator role). @public */
export type EngineAuth = { username: string; password: string } | { token: string };

/** Options of {@link startConnectors}. @public */
export interface StartConnectorsOptions {
  /** The engine's Camunda REST base, `http://127.0.0.1:8080/engine-rest`; a bare origin gets `/engine-rest` added. */
  engineUrl: string;
  /**
   * Where the simulators listen (`http://127.0.0.1:4010`); each connector calls `<simulatorsUrl>/sim/<service>`.
   * Default: `CAUCE_SIMULATORS_URL`.
   */
  simulatorsUrl?: string;
  /**
   * Base URL per system, over `simulatorsUrl`: how a deployment points a connector at the real system.
   * Default: `CAUCE_<SERVICE>_URL` (e.g. `CAUCE_AFFILIATION_URL`).
   */
  serviceUrls?: Partial<Record<ServiceName, string>>;
  /** Default `cauce-connectors-<host>-<pid>`. */
  workerId?: string;
  auth?: EngineAuth;
  /** Tasks fetched per poll, across topics. Default 10. */
  maxTasks?: number;
  /** Long polling: how long the engine may hold a fetch open when no task is waiting, in ms. Default 10 000. */
  asyncResponseTimeout?: number;
  /** Lock per task, in ms; must outlast the connector's calls. Default 30 000. */
  lockDuration?: number;
  /** Pause between polls, in ms. Default 100 (long polling does the waiting). */
  interval?: number;
  /** Per HTTP call to a system, in ms. Default 10 000. */
  timeoutMs?: number;
  retry?: Partial<RetryPolicy>;
  /** Which connectors to run. Default: the whole catalogue. */
  connectors?: readonly Connector[];
  /** Where the `CAUCE_*` variables are read. Default `process.env`. */
  env?: Readonly<Record<string, string | undefined>>;
  /** The connectors' clock (what "tomorrow" is). Default: real time. */
  clock?: () => Date;
  /** For tests: the fetch connectors use towards the systems. */
  fetch?: typeof fetch;
  /** Every outcome (completed, bpmn-error, failure, report-failed) and poll errors. */
  onEvent?(event: ConnectorEvent | { type: 'poll-error'; message: string }): void;
}

/** Running connectors. @public */
export interface RunningConnectors {
  workerId: string;
  topics: string[];
  /**
   * Stops polling: lets the pending long poll end (at most `asyncResponseTimeout`), then waits until every task
   * in hand is reported. Resolves when the workers are idle.
   */
  stop(): Promise<void>;
}

/**
 * Starts the connector workers: one `camunda-external-task-client-js` client subscribed to every connector's
 * topic, polling the engine's `/engine-rest` like any Camunda 7 worker. The same workers therefore run against
 * Camunda 7 or Operaton. One client rather than one per connector: one long poll serves all topics, and
 * `maxTasks` bounds the work of this process as a whole.
 * @public
 */
export async function startConnectors(options: StartConnectorsOptions): Promise<RunningConnectors> {
  const env = options.env ?? process.env;
  const connectors = options.connectors ?? CONNECTORS;
  const serviceUrl = serviceUrlResolver(options, env);
  for (const c of connectors) serviceUrl(c.service); // fail now, not at the first task
  const workerId = options.workerId ?? `cauce-connectors-${hostname()}-${process.pid}`;
  const { Client, Variables } = await camundaClient();

  const client = new Client({
    baseUrl: engineRestUrl(options.engineUrl),
    workerId,
    maxTasks: options.maxTasks ?? 10,
    asyncResponseTimeout: options.asyncResponseTimeout ?? 10_000,
    lockDuration: options.lockDuration ?? 30_000,
    interval: options.interval ?? 100,
    autoPoll: false,
    interceptors: options.auth ? [authInterceptor(options.auth)] : undefined,
  });
  const onEvent = options.onEvent;
  // The fetchAndLock in flight, if any: stop() lets it end rather than cutting it (see stop).
  let polling: Promise<void> | undefined;
  let pollEnded = () => {};
  client.on('poll:start', () => {
    polling = new Promise<void>((resolve) => (pollEnded = resolve));
  });
  const endPoll = () => {
    polling = undefined;
    pollEnded();
  };
  client.on('poll:success', endPoll);
  client.on('poll:error', (error: Error) => {
    endPoll();
    onEvent?.({ type: 'poll-error', message: error.message });
  });

  const inFlight = new Set<Promise<void>>();
  const retry = { ...DEFAULT_RETRY_POLICY, ...options.retry };
  for (const connector of connectors) {
    const handle = createHandler(connector, {
      serviceUrl,
      timeoutMs: options.timeoutMs ?? 10_000,
      retry,
      Variables,
      fetch: options.fetch,
      clock: options.clock,
      onEvent,
    });
    client.subscribe(connector.topic, { variables: Object.keys(connector.inputs.properties ?? {}) }, (args) => {
      const running = handle(args).finally(() => inFlight.delete(running));
      inFlight.add(running);
      return running;
    });
  }
  client.start();

  let stopped: Promise<void> | undefined;
  return {
    workerId,
    topics: connectors.map((c) => c.topic),
    stop() {
      stopped ??= (async () => {
        client.stop();
        // The long poll in flight is let run out (at most asyncResponseTimeout) instead of being aborted: the
        // engine may already have locked tasks for it, and a Camunda 7 engine keeps such tasks locked for a
        // worker that is gone until the lock expires. Tasks it brings are run and reported like any other.
        if (polling) await polling;
        await new Promise((resolve) => setImmediate(resolve));
        while (inFlight.size) await Promise.allSettled([...inFlight]);
      })();
      return stopped;
    },
  };
}

// helpers

function engineRestUrl(url: string): string {
  const parsed = new URL(url);
  if (parsed.pathname === '/' || parsed.pathname === '') parsed.pathname = '/engine-rest';
  return parsed.toString().replace(/\/+$/, '');
}

function serviceUrlResolver(
  options: StartConnectorsOptions,
  env: Readonly<Record<string, string | undefined>>,
): (service: ServiceName) => string {
  const base = options.simulatorsUrl ?? env.CAUCE_SIMULATORS_URL;
  const urls = new Map<ServiceName, string>();
  for (const service of SERVICE_NAMES) {
    const url =
      options.serviceUrls?.[service] ??
      env[`CAUCE_${service.toUpperCase()}_URL`] ??
      (base ? `${base.replace(/\/+$/, '')}/sim/${service}` : undefined);
    if (url) urls.set(service, url);
  }
  return (service) => {
    const url = urls.get(service);
    if (!url)
      throw new Error(
        `no URL for system '${service}': pass simulatorsUrl or serviceUrls.${service}, or set CAUCE_SIMULATORS_URL or CAUCE_${service.toUpperCase()}_URL`,
      );
    return url;
  };
}

function authInterceptor(auth: EngineAuth) {
  const header =
    'token' in auth
      ? `Bearer ${auth.token}`
      : `Basic ${Buffer.from(`${auth.username}:${auth.password}`).toString('base64')}`;
  return (request: ClientRequestOptions): ClientRequestOptions => ({
    ...request,
    headers: { ...request.headers, authorization: header },
  });
}
