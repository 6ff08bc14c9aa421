import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import { CONNECTORS, startConnectors, type Connector, type ConnectorEvent } from '@cauce/connectors';
import { FORCE_FAULT_HEADER, SIMULATED_RACES } from '@cauce/connectors/simulators';
import { buildApp, instanceSnapshot, openIncidents, type Engine, type ProcessModel } from '@cauce/engine';
import type { Scenario } from '@cauce/schemas';
import { ConnectorLedger, type LiveConnectorAction } from './ConnectorLedger';
import { liveOutcomeProblem } from './liveOutcomeProblem';
import { raceBehind } from './provokeRace';
import { SimulatorsPerScenario } from './SimulatorsPerScenario';

/**
 * The clock of the simulators and the connectors in live mode, so that what the systems answer (card states,
 * free slots "from tomorrow", issue dates) is the same on every run. Monday 2 March 2026, 10:00 in Madrid: the
 * sample scenarios' appointment dates are the days after it.
 */
export const LIVE_CLOCK = new Date('2026-03-02T09:00:00Z');

/** Connector steps performed by the real workers in a live run. @internal */
export interface LiveCounts {
  /** connector steps the workers performed */
  performed: number;
  /** of which the system was made to fail (`outcome: failure`) */
  faulted: number;
  /** of which someone else's action was done in the system first (see raceBehind) */
  provoked: number;
}

/** Real workers and simulators serving one `cauce test --live` run. @internal */
export interface LiveConnectors {
  /** Prepares a scenario's run (fresh simulators): returns the business key to start it with. */
  begin(scenario: Scenario, model: ProcessModel): Promise<string>;
  /** For runScenario's `awaitConnector`: waits for the worker to handle the action's task, then compares. */
  awaitConnector(
    engine: Engine,
    ctx: { instanceId: string; index: number; action: LiveConnectorAction },
  ): Promise<{ problem?: string; notes?: string[] }>;
  counts: LiveCounts;
  /** What the workers did in the scenario run last: per connector step, the outcome and the outputs. */
  performed(): Array<{ step: number; connector: string; element?: string; outcome: string; outputs?: unknown }>;
  close(): Promise<void>;
}

/**
 * Serves `engine` over HTTP on 127.0.0.1 (buildApp's Camunda REST API), starts the simulators and the real
 * connector workers (camunda-external-task-client-js, long polling that API) against them, all on free ports
 * and the fixed {@link LIVE_CLOCK}, with fresh simulator data per scenario. Each scenario connector step is then
 * performed by a worker, and checked against the scenario's outcome. An `outcome: failure` step is produced by
 * the simulators' fault injection: the worker's calls for that task carry `X-Sim-Fault`, so its retries (3, 50 ms
 * apart here) run out into an incident, as with a system that stays down. A BPMN error that only someone else's
 * action causes (a slot taken meanwhile) is provoked: that action is done in the simulators first ({@link raceBehind}).
 * @internal
 */
export async function startLiveConnectors(engine: Engine): Promise<LiveConnectors> {
  const ledger = new ConnectorLedger();
  const faulting = new AsyncLocalStorage<boolean>();
  const clock = () => new Date(LIVE_CLOCK);
  const counts: LiveCounts = { performed: 0, faulted: 0, provoked: 0 };
  let model: ProcessModel | undefined;

  const app = buildApp({ db: engine.db, engine });
  const simulators = await SimulatorsPerScenario.start(clock);
  try {
    await app.listen({ port: 0, host: '127.0.0.1' });
  } catch (error) {
    await simulators.close();
    throw error;
  }
  const { port } = app.server.address() as { port: number };
  const withFaults: typeof fetch = (url, init) => {
    if (!faulting.getStore()) return fetch(url, init);
    return fetch(url, {
      ...init,
      headers: { ...(init?.headers as Record<string, string>), [FORCE_FAULT_HEADER]: 'cauce test --live' },
    });
  };
  const observed = (connector: Connector): Connector => ({
    ...connector,
    run: async (inputs, context) => {
      const { fault, action, record } = ledger.attempt(context.task);
      const race = action && raceBehind(action, SIMULATED_RACES);
      if (race && record && !record.provoked) {
        record.provoked = true;
        await race.provoke(inputs as Record<string, unknown>, simulators.url);
      }
      const outputs = await (fault
        ? faulting.run(true, () => connector.run(inputs, context))
        : connector.run(inputs, context));
      ledger.answered(context.task.id, outputs);
      return outputs;
    },
  });
  const workers = await startConnectors({
    engineUrl: `http://127.0.0.1:${port}/engine-rest`,
    simulatorsUrl: simulators.url,
    connectors: CONNECTORS.map(observed),
    workerId: `cauce-test-live-${process.pid}`,
    asyncResponseTimeout: 2_000,
    interval: 10,
    lockDuration: 30_000,
    timeoutMs: 5_000,
    retry: { retries: 3, baseMs: 50, factor: 1, maxMs: 50 },
    clock,
    fetch: withFaults,
    env: {},
    onEvent: (event) => reportTo(ledger, event),
  });

  return {
    counts,
    performed: () =>
      ledger.performed().map(([index, r]) => ({
        step: index + 1,
        connector: r.action.connector,
        element: r.element,
        outcome: r.reports.at(-1)!.type,
        ...(r.outputs === undefined ? {} : { outputs: r.outputs }),
      })),
    async begin(scenario, deployed) {
      model = deployed;
      await simulators.reset();
      const businessKey = `scenario-live-${randomUUID()}`;
      ledger.begin(businessKey, scenario);
      return businessKey;
    },
    async awaitConnector(engine, { instanceId, index, action }) {
      const deadline = Date.now() + WAIT_MS;
      let idleSince: number | undefined;
      for (;;) {
        const record = ledger.done(index);
        if (record) {
          counts.performed += 1;
          if (record.faulted) counts.faulted += 1;
          if (record.provoked) counts.provoked += 1;
          const problem = liveOutcomeProblem(record);
          if (problem) return { problem };
          if (record.faulted) return { notes: ['the system was made to fail (X-Sim-Fault) until the worker gave up'] };
          if (record.provoked) return { notes: [`provoked: ${raceBehind(action, SIMULATED_RACES)?.what}`] };
          return {};
        }
        if (!ledger.started(index)) {
          const stuck = await whyNotStarted(engine, model, instanceId, action);
          if (stuck?.now) return { problem: stuck.problem };
          // the task may be on its way (a token just arriving): give it a moment before calling it missing
          if (stuck) idleSince ??= Date.now();
          else idleSince = undefined;
          if (stuck && Date.now() - idleSince! > GRACE_MS) return { problem: stuck.problem };
        }
        if (Date.now() > deadline)
          return { problem: `the real ${action.connector} worker did not finish within ${WAIT_MS / 1000} s` };
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      }
    },
    async close() {
      // stop() lets the pending long poll end; app.close() releases it at once (preClose wakes waiters)
      const stopped = workers.stop();
      await app.close();
      await stopped;
      await simulators.close();
    },
  };
}

// helpers

const WAIT_MS = 20_000;
const GRACE_MS = 300;
const POLL_MS = 10;

function reportTo(ledger: ConnectorLedger, event: ConnectorEvent | { type: 'poll-error'; message: string }): void {
  if (event.type === 'poll-error') return;
  ledger.report(event.taskId, event);
}

/**
 * Why no worker has started on the action: undefined while the instance waits at an external task of its topic
 * (the worker is on its way); else the problem, `now` when waiting longer cannot help (an incident raised
 * before the connector ran, e.g. inputs its schema refuses).
 */
async function whyNotStarted(
  engine: Engine,
  model: ProcessModel | undefined,
  instanceId: string,
  action: LiveConnectorAction,
): Promise<{ problem: string; now?: boolean } | undefined> {
  const waits = (await instanceSnapshot(engine, instanceId))?.waits ?? [];
  const here = waits.filter(
    (w) => model?.nodes[w.elementId]?.topic === action.connector && (!action.element || w.elementId === action.element),
  );
  if (here.some((w) => w.state === 'waiting')) return undefined;
  if (here.length) {
    const incident = (await openIncidents(engine, instanceId)).find((i) =>
      here.some((w) => w.elementId === i.elementId),
    );
    return {
      problem: `the real ${action.connector} worker at ${here[0].elementId} raised an incident before calling its system: ${incident?.message ?? 'no message'}`,
      now: true,
    };
  }
  return { problem: `no open external task; waiting at ${waits.map((w) => w.elementId).join(', ') || 'nothing'}` };
}
