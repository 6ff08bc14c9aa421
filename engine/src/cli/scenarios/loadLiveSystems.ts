import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** A connector as @cauce/connectors defines it (the fields `cauce test --live` uses). @internal */
export interface LiveConnector {
  name: string;
  topic: string;
  run(
    inputs: unknown,
    context: { task: { id: string; topicName: string; activityId: string; businessKey: string | null } },
  ): Promise<unknown>;
}

/** A worker outcome as @cauce/connectors' `onEvent` reports it. @internal */
export type LiveConnectorEvent =
  | { type: 'completed'; connector: string; taskId: string }
  | { type: 'bpmn-error'; connector: string; taskId: string; code: string; message: string }
  | { type: 'failure'; connector: string; taskId: string; message: string; retries: number }
  | { type: 'report-failed'; connector: string; taskId: string; message: string }
  | { type: 'poll-error'; message: string };

/** The simulators' fastify app, not listening. @internal */
export interface SimulatorsApp {
  inject(request: {
    method: string;
    url: string;
    headers: Record<string, string | string[] | undefined>;
    payload?: Buffer;
  }): Promise<{
    statusCode: number;
    headers: Record<string, string | string[] | number | undefined>;
    rawPayload: Buffer;
  }>;
  close(): Promise<unknown>;
}

/** What `cauce test --live` uses of @cauce/connectors and its simulators. @internal */
export interface LiveSystems {
  CONNECTORS: readonly LiveConnector[];
  startConnectors(options: {
    engineUrl: string;
    simulatorsUrl: string;
    connectors: readonly LiveConnector[];
    workerId: string;
    asyncResponseTimeout: number;
    interval: number;
    lockDuration: number;
    timeoutMs: number;
    retry: { retries: number; baseMs: number; factor: number; maxMs: number };
    clock: () => Date;
    fetch: typeof fetch;
    env: Record<string, string | undefined>;
    onEvent(event: LiveConnectorEvent): void;
  }): Promise<{ stop(): Promise<void> }>;
  buildSimulators(options: { seed: string; now: () => Date; env: Record<string, string | undefined> }): SimulatorsApp;
  /** the header that makes a simulator fail the request once (`X-Sim-Fault`) */
  FORCE_FAULT_HEADER: string;
  /** business errors the simulators give only when someone else acts meanwhile, by topic and code, and how to provoke them */
  SIMULATED_RACES: Readonly<
    Record<
      string,
      Readonly<
        Record<string, { what: string; provoke(inputs: Record<string, unknown>, simulatorsUrl: string): Promise<void> }>
      >
    >
  >;
}

/**
 * Loads the connector workers and the simulators from the workspace (connectors/src and
 * connectors/simulators/src). Imported by path at run time, as the scenario runner is: @cauce/connectors
 * depends on the engine, so the engine cannot depend on it; and `cauce test` without `--live` never loads them.
 * @internal
 */
export async function loadLiveSystems(): Promise<LiveSystems> {
  const [connectors, simulators] = await Promise.all([importEntry(CONNECTORS_URL), importEntry(SIMULATORS_URL)]);
  return { ...connectors, ...simulators } as unknown as LiveSystems;
}

// helpers

const CONNECTORS_URL = new URL('../../../../connectors/src/index.ts', import.meta.url);
const SIMULATORS_URL = new URL('../../../../connectors/simulators/src/index.ts', import.meta.url);

async function importEntry(url: URL): Promise<Record<string, unknown>> {
  const entry = fileURLToPath(url);
  if (!existsSync(entry))
    throw new Error(
      `cauce test --live needs the connectors and simulators of @cauce/connectors (${entry}), which are not there`,
    );
  return (await import(pathToFileURL(entry).href)) as Record<string, unknown>;
}
