import {
  bpmnErrorExternalTask,
  completeExternalTask,
  failExternalTask,
  fetchAndLock,
  typedFromPlain,
  type Engine,
} from '@cauce/engine';
import type { Scenario } from '@cauce/schemas';

type ConnectorAction = Exclude<Scenario['steps'][number], { step: string }>;

/**
 * Test support: a stand-in for the connector workers that answers each external task with the next outcome the
 * current scenario gives for its topic — through the engine's own external-task API (fetch-and-lock, complete,
 * BPMN error, failure), as a worker would. Used until the real connectors run in the browser tests, and whenever
 * a test needs an outcome the simulators would not give. A task with no outcome left fails with no retries, so
 * the test sees an incident rather than a hang.
 * @internal
 */
export function scenarioConnectors(engine: Engine, opts: { pollMs?: number; delayMs?: number } = {}) {
  let queues = new Map<string, ConnectorAction[]>();
  const seen: Array<{ topic: string; outcome: string }> = [];
  let delayMs = opts.delayMs ?? 0;
  let running = true;
  const loop = (async () => {
    while (running) {
      const tasks = await fetchAndLock(engine, {
        workerId: 'scenario-connectors',
        maxTasks: 5,
        topics: [...queues.keys()].map((topicName) => ({ topicName, lockDuration: 30_000 })),
      }).catch(() => []);
      for (const task of tasks) {
        const action = queues.get(task.topicName)?.shift();
        seen.push({ topic: task.topicName, outcome: action?.outcome ?? 'none' });
        if (delayMs) await sleep(delayMs);
        if (!action) {
          await failExternalTask(engine, task.id, 'scenario-connectors', {
            errorMessage: `no scenario outcome left for ${task.topicName}`,
            retries: 0,
          }).catch(() => undefined);
        } else if (action.outcome === 'complete') {
          await completeExternalTask(engine, task.id, 'scenario-connectors', typedFromPlain(action.variables ?? {}));
        } else if (action.outcome === 'bpmnError') {
          await bpmnErrorExternalTask(engine, task.id, 'scenario-connectors', {
            errorCode: action.errorCode,
            errorMessage: action.errorMessage,
            variables: typedFromPlain(action.variables ?? {}),
          });
        } else {
          await failExternalTask(engine, task.id, 'scenario-connectors', {
            errorMessage: action.errorMessage,
            retries: action.retries ?? 0,
          });
        }
      }
      if (!tasks.length) await sleep(opts.pollMs ?? 20);
    }
  })();
  return {
    seen,
    /** Answers the coming tasks with this scenario's connector outcomes, per topic in order. */
    use(scenario: Scenario) {
      const next = new Map<string, ConnectorAction[]>();
      for (const action of scenario.steps) {
        if ('step' in action) continue;
        next.set(action.connector, [...(next.get(action.connector) ?? []), action]);
      }
      queues = next;
    },
    /** Makes every connector answer this much later (the working page). */
    slow(ms: number) {
      delayMs = ms;
    },
    async stop() {
      running = false;
      await loop;
    },
  };
}

// helpers
function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
