import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Scenario } from '@cauce/schemas';
import type { Engine } from '../../commands/Engine';
import type { ProcessModel } from '../../model/ProcessModel';

/** A package as @cauce/procedures reads it (the fields the CLI uses). @internal */
export interface RunnablePackage {
  id: string;
  dir: string;
  manifest: { id: string };
  processFile: string;
  xml: string;
  scenarios: Array<{ file: string; scenario: Scenario }>;
}

/** One scenario's run, as @cauce/procedures' `runScenario` reports it (the fields the CLI uses). @internal */
export interface ScenarioRun {
  name: string;
  ok: boolean;
  problems: string[];
  /** remarks that do not fail the run (e.g. a connector step's injected fault in live mode) */
  notes?: string[];
  path: string[];
  flowsTaken: string[];
  outcome: { state: string; endEvent?: string; waitingAt: string[] };
  serviceRequest?: { state: string; responsible?: string };
}

/** Performs a scenario's connector action outside the runner (@cauce/procedures' `AwaitConnector`). @internal */
export type AwaitConnector = (
  engine: Engine,
  ctx: {
    instanceId: string;
    businessKey: string;
    index: number;
    action: Exclude<Scenario['steps'][number], { step: string }>;
  },
) => Promise<{ problem?: string; notes?: string[] }>;

/** The scenario runner of @cauce/procedures, which owns the scenario semantics. @internal */
export interface ScenarioRunner {
  loadProcedure(id: string, opts: { root: string }): RunnablePackage;
  runScenario(
    engine: Engine,
    pkg: RunnablePackage,
    scenario: Scenario,
    opts: { definitionId?: string; businessKey?: string; awaitConnector?: AwaitConnector },
  ): Promise<ScenarioRun>;
  flowCoverage(
    model: ProcessModel,
    taken: Iterable<string>,
  ): { total: number; covered: number; percent: number; missing: string[] };
}

/**
 * Loads @cauce/procedures' scenario runner (`runScenario`, `loadProcedure`, `flowCoverage`) from the
 * workspace. It is imported by path at run time because @cauce/procedures depends on the engine,
 * so the engine cannot depend on it; one runner means `cauce test` and `npm test` judge a scenario
 * the same way.
 * @internal
 */
export async function loadScenarioRunner(): Promise<ScenarioRunner> {
  const entry = fileURLToPath(RUNNER_URL);
  if (!existsSync(entry))
    throw new Error(`cauce test needs the scenario runner of @cauce/procedures (${entry}), which is not there`);
  return (await import(pathToFileURL(entry).href)) as ScenarioRunner;
}

// helpers

const RUNNER_URL = new URL('../../../../procedures/src/index.ts', import.meta.url);
