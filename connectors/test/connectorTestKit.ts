import { readFileSync } from 'node:fs';
import { afterAll, beforeAll } from 'vitest';
import { startSimulators, type RunningSimulators, type SimServiceName } from '../simulators/src/index';
import type { ConnectorEvent } from '../src/createHandler';
import type { Connector } from '../src/defineConnector';
import { startConnectors, type RunningConnectors } from '../src/startConnectors';
import { startEngineUnderTest, type EngineUnderTest } from './engineUnderTest';
import { waitFor } from './waitFor';

/** Retries as in production (3, then an incident), with waits short enough for a test. */
export const TEST_RETRY = { retries: 3, baseMs: 40, factor: 2, maxMs: 1000 };

/** Everything a connector's end-to-end test uses; hooks are registered by {@link connectorTestKit}. */
export interface ConnectorTestKit {
  engine: EngineUnderTest;
  /** The simulators, answering normally. */
  sims: RunningSimulators;
  /** The connector's own system with `failureRate: 1`: every business call fails with 503. */
  down: RunningSimulators;
  /**
   * Starts the connector's worker (the real runner and camunda client) for the duration of `fn`, then stops it.
   * Returns what `fn` returned and every outcome the worker reported.
   */
  withWorker<T>(
    fn: () => Promise<T>,
    options?: { fetch?: typeof fetch; system?: 'up' | 'down' },
  ): Promise<{ result: T; events: ConnectorEvent[] }>;
  /** Starts the fixture process with these variables. */
  start(variables: Record<string, unknown>): Promise<string>;
  /** Waits until the instance waits in user task `Done` or `Caught_<code>`; returns which. */
  landed(instanceId: string): Promise<string>;
  /** Waits until the instance has an incident; returns it. */
  incident(instanceId: string): Promise<{ activityId: string; incidentType: string; incidentMessage: string }>;
  /** The instance's variables. */
  variables(instanceId: string): Promise<Record<string, unknown>>;
  /** GET on a simulator's support route, e.g. `sms`, `/outbox?to=…`. */
  simGet<T = any>(service: SimServiceName, path: string): Promise<T>;
}

/**
 * Sets up, per test file, a real engine on a fresh database with the connector's fixture deployed
 * (`<folder>/<name>.bpmn`), the simulators, and a second copy of the connector's system that is down.
 */
export function connectorTestKit(connector: Connector, fixture: URL): ConnectorTestKit {
  const kit = {} as ConnectorTestKit;
  let running: RunningConnectors | undefined;
  beforeAll(async () => {
    const [engine, sims, down] = await Promise.all([
      startEngineUnderTest(),
      startSimulators({ seed: 'connectors-e2e' }),
      startSimulators({ seed: 'connectors-e2e', services: [connector.service], failureRate: 1 }),
    ]);
    Object.assign(kit, { engine, sims, down });
    await engine.deploy(connector.name, readFileSync(fixture, 'utf8'));
  });
  afterAll(async () => {
    await running?.stop();
    await Promise.all([kit.engine?.close(), kit.sims?.close(), kit.down?.close()]);
  });
  kit.withWorker = async (fn, options = {}) => {
    const events: ConnectorEvent[] = [];
    running = await startConnectors({
      engineUrl: kit.engine.restUrl,
      simulatorsUrl: (options.system === 'down' ? kit.down : kit.sims).url,
      connectors: [connector],
      workerId: `test-${connector.name}`,
      asyncResponseTimeout: 500,
      interval: 20,
      retry: TEST_RETRY,
      timeoutMs: 2000,
      fetch: options.fetch,
      onEvent: (e) => {
        if (process.env.CAUCE_TEST_DEBUG) console.log(connector.name, JSON.stringify(e));
        if (e.type !== 'poll-error') events.push(e);
      },
    });
    try {
      return { result: await fn(), events };
    } finally {
      await running.stop();
      running = undefined;
    }
  };
  kit.start = (variables) => kit.engine.start(connector.name, variables);
  kit.landed = (id) =>
    waitFor(`instance ${id} to reach Done or Caught_*`, async () => {
      const incidents = await kit.engine.incidents(id);
      if (incidents.length) throw new Error(`incident instead: ${incidents[0]!.incidentMessage}`);
      return (await kit.engine.userTasks(id)).find((t) => t === 'Done' || t.startsWith('Caught_'));
    });
  kit.incident = async (id) =>
    await waitFor(`an incident on instance ${id}`, async () => (await kit.engine.incidents(id))[0]);
  kit.variables = (id) => kit.engine.variables(id);
  kit.simGet = async (service, path) => {
    const res = await fetch(`${kit.sims.urls[service]}${path}`);
    return res.json();
  };
  return kit;
}
