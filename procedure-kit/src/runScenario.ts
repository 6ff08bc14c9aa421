import { randomUUID } from 'node:crypto';
import {
  bpmnErrorExternalTask,
  completeExternalTask,
  completeTask,
  deploy,
  failExternalTask,
  fetchAndLock,
  loadBpmn,
  plainValues,
  taskVariables,
  typedFromPlain,
  unlockExternalTask,
  type Engine,
  type InstanceSnapshot,
  type LockedExternalTask,
  type ProcessModel,
  type Step,
} from '@cauce/engine';
import {
  compileForm,
  exhaustive,
  type Channel,
  type ConnectorBpmnError,
  type ConnectorComplete,
  type ConnectorFailure,
  type Scenario,
  type ScenarioAction,
  type StepAnswer,
} from '@cauce/schemas';
import { engineReads } from './engineReads';
import { flowsTaken, pathOf } from './flowCoverage';
import type { ProcedurePackage } from './loadProcedure';
import { serviceRequestOf, type DerivedServiceRequest, type InstanceOutcome } from './serviceRequestOf';

/** A scenario action that acts on a connector (external task). @public */
export type ConnectorAction = ConnectorComplete | ConnectorBpmnError | ConnectorFailure;

/**
 * Acts on the external task a connector action names, once it is locked for `workerId`. The default,
 * {@link simulateConnector}, replays the scenario's outcome; a connector's own tests can pass one that runs
 * the real worker against the simulators instead.
 * @public
 */
export type CompleteExternal = (
  engine: Engine,
  task: LockedExternalTask,
  action: ConnectorAction,
  ctx: { workerId: string },
) => Promise<void>;

/**
 * Hands a connector action to whatever performs it outside the runner, e.g. the real worker calling the
 * simulators (`cauce test --live`); runScenario then never locks connector tasks itself. Resolves once the task
 * was handled: with `problem` when the outcome differs from the action (the run stops there), and `notes` to show
 * without failing the scenario.
 * @public
 */
export type AwaitConnector = (
  engine: Engine,
  ctx: { instanceId: string; businessKey: string; index: number; action: ConnectorAction },
) => Promise<{ problem?: string; notes?: string[] }>;

/** What a step looks like when a scenario answers it; see {@link RunScenarioOptions.onStep}. @public */
export interface StepContext {
  index: number;
  action: StepAnswer;
  /** the user task's step (its cauce:* settings, as the engine compiled them) */
  step: Step;
  channel: Channel;
  role: string;
  /** plain values of the variables the step sees */
  variables: Record<string, unknown>;
}

/** @public */
export interface RunScenarioOptions {
  /** the deployed definition to start; without it the package's BPMN is deployed first */
  definitionId?: string;
  completeExternal?: CompleteExternal;
  /** performs connector actions elsewhere instead of `completeExternal`; see {@link AwaitConnector} */
  awaitConnector?: AwaitConnector;
  /** the instance's business key; default `scenario-<uuid>` */
  businessKey?: string;
  /** called before each step is completed, e.g. to render its texts */
  onStep?: (ctx: StepContext) => void | Promise<void>;
  workerId?: string;
  lockDuration?: number;
}

/** The run of one scenario: what happened, and every way it differed from the scenario's expectations. @public */
export interface ScenarioResult {
  name: string;
  instanceId?: string;
  ok: boolean;
  problems: string[];
  /** remarks that do not fail the run, per step (e.g. how a connector step was performed) */
  notes: string[];
  path: string[];
  flowsTaken: string[];
  outcome: InstanceOutcome & { variables: Record<string, unknown> };
  serviceRequest?: DerivedServiceRequest;
}

/**
 * Runs a scenario through a real engine, in process: starts the procedure with the scenario's variables
 * plus `language` and `channel`, answers each step (checking channel, identification level, role and the
 * step's form), acts on each connector call through fetchAndLock and `completeExternal`, then compares the
 * path, outcome and service request with the scenario's `expect`. Differences are reported in `problems`,
 * never thrown; engine errors stop the run and are reported the same way.
 * @public
 */
export async function runScenario(
  engine: Engine,
  pkg: ProcedurePackage,
  scenario: Scenario,
  opts: RunScenarioOptions = {},
): Promise<ScenarioResult> {
  const problems: string[] = [];
  const notes: string[] = [];
  const loaded = await loadBpmn(pkg.xml, pkg.processFile);
  if (!loaded.ok) throw loaded.error;
  const model = loaded.value.processes.find((p) => p.id === pkg.manifest.id) ?? loaded.value.processes[0];
  const level = scenario.identificationLevel ?? 0;
  if (level < pkg.manifest.identificationLevel) {
    problems.push(
      `the procedure needs identification level ${pkg.manifest.identificationLevel}; the scenario starts at ${level}`,
    );
  }
  const definitionId =
    opts.definitionId ??
    (
      await deploy(engine, {
        name: pkg.id,
        source: 'cauce-procedures',
        resources: [{ name: pkg.processFile, content: pkg.xml }],
      })
    ).definitions[0].id;
  const businessKey = opts.businessKey ?? `scenario-${randomUUID()}`;
  const workerId = opts.workerId ?? 'cauce-scenario';
  const act = opts.completeExternal ?? simulateConnector;
  const variables = { language: scenario.language ?? 'es', channel: scenario.channel, ...(scenario.variables ?? {}) };
  const instance = await engine.startProcess({ definitionId, businessKey, variables: typedFromPlain(variables) });
  let lastActor: string | undefined;

  for (const [i, action] of scenario.steps.entries()) {
    const at = `step ${i + 1}`;
    try {
      if (isStepAnswer(action)) {
        const problem = await answerStep(engine, pkg, model, instance.id, scenario, action, i, opts);
        if (problem) {
          problems.push(`${at} (${action.step}): ${problem}`);
          break;
        }
        lastActor = roleOf(action, scenario.channel);
      } else if (opts.awaitConnector) {
        const label = `${at} (${action.connector}${action.element ? ` at ${action.element}` : ''})`;
        const done = await opts.awaitConnector(engine, { instanceId: instance.id, businessKey, index: i, action });
        notes.push(...(done.notes ?? []).map((note) => `${label}: ${note}`));
        if (done.problem) {
          problems.push(`${label}: ${done.problem}`);
          break;
        }
      } else {
        const task = await lockConnectorTask(engine, action, businessKey, workerId, opts.lockDuration ?? 60_000);
        if (!task) {
          problems.push(
            `${at} (${action.connector}${action.element ? ` at ${action.element}` : ''}): no open external task; waiting at ${(await waitingAt(engine, instance.id)).join(', ') || 'nothing'}`,
          );
          break;
        }
        await act(engine, task, action, { workerId });
      }
    } catch (error) {
      problems.push(`${at}: ${(error as Error).message}`);
      break;
    }
  }

  const row = await engineReads.instance(engine, instance.id);
  const history = await engineReads.history(engine, instance.id);
  const path = pathOf(history);
  const outcome = await outcomeOf(engine, model, instance.id, row!, history);
  const serviceRequest = serviceRequestOf({
    manifest: pkg.manifest,
    model,
    entryChannel: scenario.channel,
    outcome,
    lastActor,
  });
  problems.push(...compare(scenario, path, outcome, serviceRequest));
  return {
    name: scenario.name,
    instanceId: instance.id,
    ok: problems.length === 0,
    problems,
    notes,
    path,
    flowsTaken: flowsTaken(model, history),
    outcome,
    serviceRequest,
  };
}

/** The default {@link CompleteExternal}: completes, throws the BPMN error, or fails the task as the scenario says. @public */
export const simulateConnector: CompleteExternal = async (engine, task, action, { workerId }) => {
  switch (action.outcome) {
    case 'complete':
      return completeExternalTask(engine, task.id, workerId, typedFromPlain(action.variables));
    case 'bpmnError':
      return bpmnErrorExternalTask(engine, task.id, workerId, {
        errorCode: action.errorCode,
        errorMessage: action.errorMessage,
        variables: typedFromPlain(action.variables),
      });
    case 'failure':
      return failExternalTask(engine, task.id, workerId, {
        errorMessage: action.errorMessage,
        retries: action.retries ?? 0,
      });
    default:
      return exhaustive(action, 'connector outcome');
  }
};

// helpers
function isStepAnswer(action: ScenarioAction): action is StepAnswer {
  return 'step' in action;
}

function roleOf(action: StepAnswer, entry: Channel): string {
  return action.role ?? ((action.channel ?? entry) === 'web' ? 'citizen' : 'agent-l1');
}

/** Answers one step; returns a problem instead of completing it when the scenario could not do it. */
async function answerStep(
  engine: Engine,
  pkg: ProcedurePackage,
  model: ProcessModel,
  instanceId: string,
  scenario: Scenario,
  action: StepAnswer,
  index: number,
  opts: RunScenarioOptions,
): Promise<string | undefined> {
  const node = model.nodes[action.step];
  if (node?.type !== 'userTask') return 'is not a user task of the process';
  const task = (await engineReads.openTasks(engine, instanceId)).find((t) => t.element_id === action.step);
  if (!task) return `is not open; waiting at ${(await waitingAt(engine, instanceId)).join(', ') || 'nothing'}`;
  const step = node.step!;
  const channel = action.channel ?? scenario.channel;
  const role = roleOf(action, scenario.channel);
  if (!step.channels.includes(channel))
    return `is performed on ${step.channels.join(', ')}, not on ${channel} (a hand-off needs "channel": "agent")`;
  const needed = step.identificationLevel ?? pkg.manifest.identificationLevel;
  if ((scenario.identificationLevel ?? 0) < needed)
    return `needs identification level ${needed}; the scenario has ${scenario.identificationLevel ?? 0}`;
  const groups = step.candidateGroups;
  if (channel === 'web' && role !== 'citizen') return `on the web the citizen answers, not ${role}`;
  if (
    channel === 'agent' &&
    groups.length &&
    !groups.includes(role) &&
    !(role === 'agent-l2' && groups.includes('agent-l1'))
  ) {
    return `is for ${groups.join(', ')}, not ${role}`;
  }
  const form = step.form ? pkg.forms[step.form] : undefined;
  if (step.form && !form) return `its form ${step.form} is missing`;
  if (form) {
    const compiled = compileForm(form);
    if (!compiled.ok) return `its form does not compile: ${compiled.problems.map((p) => p.message).join('; ')}`;
    if (!compiled.value(action.answers)) {
      return `answers do not fit the form: ${(compiled.value.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`).join('; ')}`;
    }
  }
  const visible = plainValues(await taskVariables(engine, task.id));
  await opts.onStep?.({ index, action, step, channel, role, variables: visible });
  await completeTask(engine, task.id, typedFromPlain(action.answers));
  return undefined;
}

/** Locks the scenario instance's task on the action's topic (and element, when named); releases the others. */
async function lockConnectorTask(
  engine: Engine,
  action: ConnectorAction,
  businessKey: string,
  workerId: string,
  lockDuration: number,
): Promise<LockedExternalTask | undefined> {
  const locked = await fetchAndLock(engine, {
    workerId,
    maxTasks: 10,
    topics: [{ topicName: action.connector, lockDuration, businessKey }],
  });
  const chosen = locked.find((t) => !action.element || t.activityId === action.element);
  for (const other of locked) if (other !== chosen) await unlockExternalTask(engine, other.id);
  return chosen;
}

/** The activities the instance waits at (or is stuck at on an incident). */
async function waitingAt(engine: Engine, instanceId: string): Promise<string[]> {
  return ((await engineReads.instance(engine, instanceId))?.waits ?? []).map((w) => w.elementId);
}

async function outcomeOf(
  engine: Engine,
  model: ProcessModel,
  instanceId: string,
  row: InstanceSnapshot,
  history: Awaited<ReturnType<typeof engineReads.history>>,
): Promise<ScenarioResult['outcome']> {
  const variables = plainValues(row.variables());
  const ends = history.filter(
    (e) => e.kind === 'activity_end' && e.element_id && model.nodes[e.element_id]?.type === 'endEvent',
  );
  const endEvent = ends.at(-1)?.element_id ?? undefined;
  if (row.state === 'COMPLETED') {
    const terminate = endEvent !== undefined && model.nodes[endEvent].event === 'terminate';
    return {
      state: terminate ? 'terminated' : 'completed',
      ...(endEvent ? { endEvent } : {}),
      waitingAt: [],
      variables,
    };
  }
  if (row.state !== 'ACTIVE') return { state: 'terminated', waitingAt: [], variables };
  const waiting = row.waits.map((w) => w.elementId);
  const incidents = await engineReads.openIncidents(engine, instanceId);
  return { state: incidents.length ? 'incident' : 'waiting', waitingAt: waiting, variables };
}

function compare(
  scenario: Scenario,
  path: string[],
  outcome: ScenarioResult['outcome'],
  request: DerivedServiceRequest,
): string[] {
  const out: string[] = [];
  const want = scenario.expect;
  if (!same(path, want.path)) out.push(`path: expected ${want.path.join(' → ')}\n      but was ${path.join(' → ')}`);
  if (outcome.state !== want.outcome.state) out.push(`outcome: expected ${want.outcome.state}, was ${outcome.state}`);
  if (want.outcome.endEvent && outcome.endEvent !== want.outcome.endEvent)
    out.push(`end event: expected ${want.outcome.endEvent}, was ${outcome.endEvent ?? 'none'}`);
  if (want.outcome.waitingAt && !same([...outcome.waitingAt].sort(), [...want.outcome.waitingAt].sort())) {
    out.push(
      `waiting at: expected ${want.outcome.waitingAt.join(', ')}, was ${outcome.waitingAt.join(', ') || 'nothing'}`,
    );
  }
  for (const [name, value] of Object.entries(want.outcome.variables ?? {})) {
    if (!same(outcome.variables[name], value))
      out.push(`variable ${name}: expected ${JSON.stringify(value)}, was ${JSON.stringify(outcome.variables[name])}`);
  }
  const wantRequest = { type: undefined, channel: undefined, responsible: undefined, ...want.serviceRequest };
  if (request.state !== wantRequest.state)
    out.push(`service request state: expected ${wantRequest.state}, was ${request.state}`);
  if (wantRequest.responsible && request.responsible !== wantRequest.responsible)
    out.push(
      `service request responsible: expected ${wantRequest.responsible}, was ${request.responsible ?? 'nobody'}`,
    );
  if (wantRequest.type && request.type !== wantRequest.type)
    out.push(`service request type: expected ${wantRequest.type}, was ${request.type}`);
  if (wantRequest.channel && request.channel !== wantRequest.channel)
    out.push(`service request channel: expected ${wantRequest.channel}, was ${request.channel}`);
  return out;
}

function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a),
    kb = Object.keys(b);
  return (
    ka.length === kb.length &&
    ka.every((k) => same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
  );
}
