import { camundaClient, type Client, type ClientHandler, type ClientOptions } from '@cauce/connectors';

/** A running camunda-external-task-client-js worker. */
export interface Worker {
  client: Client;
  workerId: string;
  /** fetchAndLock calls that failed (engine down, refused): the client logs and retries them by itself. */
  pollErrors: number;
  /** Handlers that threw (e.g. a complete refused after a crash). */
  handlerErrors: number;
  stop(): void;
}

/**
 * Starts the real Camunda external-task client against `baseUrl` (…/engine-rest) with one handler per topic.
 * No logger middleware (tests print their own figures); polling starts at once unless `autoPoll: false`.
 * @internal
 */
export async function startWorker(
  options: ClientOptions & { workerId: string; topics: Record<string, ClientHandler> },
): Promise<Worker> {
  const { Client } = await camundaClient();
  const { topics, autoPoll = true, ...clientOptions } = options;
  const client = new Client({ interval: 50, ...clientOptions, autoPoll: false });
  const worker: Worker = {
    client,
    workerId: options.workerId,
    pollErrors: 0,
    handlerErrors: 0,
    stop: () => client.stop(),
  };
  client.on('poll:error', () => {
    worker.pollErrors++;
  });
  client.on('handler:error', (e: unknown) => {
    worker.handlerErrors++;
    if (process.env.E2E_DEBUG) console.error('handler error', e);
  });
  for (const [topic, handler] of Object.entries(topics)) client.subscribe(topic, null, handler);
  if (autoPoll) client.start();
  return worker;
}
