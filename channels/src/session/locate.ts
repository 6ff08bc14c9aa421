import { definitionModel, Errors, type ProcessModel, type Step } from '@cauce/engine';
import type { Channel } from '@cauce/schemas';
import type { StepView } from '../contract';
import type { PublishedPackage } from '../packages/PublishedPackage';
import type { Ctx } from './Context';
import type { InstanceSnapshot } from './EngineState';
import type { ServiceRequestRow, Session, StepRecord } from './Session';

/** Where a session stands: what to show, and why. Computed fresh for every operation; nothing is cached. @internal */
export interface Position {
  pkg: PublishedPackage;
  model: ProcessModel;
  request: ServiceRequestRow;
  snapshot?: InstanceSnapshot;
  /** answered steps still in force, oldest first */
  log: StepRecord[];
  status: StepView['status'];
  /** the step shown: the live user task, or an earlier one being revised */
  stepId?: string;
  /** the step shown, as the engine compiled it (absent for an element that is no step of the model) */
  step?: Step;
  /** the live user task */
  task?: InstanceSnapshot['tasks'][number];
  revising: boolean;
  needed: 0 | 1 | 2 | 3;
  /** the agent queue the live step belongs to, when this session cannot perform it */
  handOffLevel?: 1 | 2;
}

/**
 * Decides a session's status — in this order: closed or ended → done; another session took over, a help or
 * escalation request waits in a queue, or the live step is not for this channel (the hand-off) or not for this
 * agent's level → handed-off; identification below what the step (or, before the instance starts, the procedure)
 * needs → identify; no open step → working (connectors still busy, or an incident); else step.
 * @internal
 */
export async function locate(ctx: Ctx, session: Session): Promise<Position> {
  const pkg = await ctx.packages.get(session.procedureId, session.procedureVersion);
  const request = await ctx.store.request(session.serviceRequestId);
  const log = (await ctx.store.stepLog(request.id)).filter((r) => !r.superseded);
  const snapshot = session.instanceId ? await ctx.state.snapshot(session.instanceId) : undefined;
  const model = snapshot?.model ?? (await definitionModel(ctx.engine, pkg.definitionId));
  if (!model) throw Errors.definitionNotFound(pkg.definitionId);
  const base = { pkg, model, request, snapshot, log, revising: false };
  const procedureLevel = pkg.manifest.identificationLevel as 0 | 1 | 2 | 3;
  if (request.closedAt || session.state === 'closed') return { ...base, status: 'done', needed: 0 };
  if (session.claimOf && session.reached < 1)
    return { ...base, status: 'identify', needed: Math.max(1, procedureLevel) as 1 | 2 | 3 };
  if (!snapshot)
    return { ...base, status: session.reached < procedureLevel ? 'identify' : 'working', needed: procedureLevel };
  if (snapshot.state !== 'ACTIVE') return { ...base, status: 'done', needed: 0 };
  if (session.supersededBy) return { ...base, status: 'handed-off', needed: 0 };
  const task = snapshot.tasks[0];
  if (!task) return { ...base, status: session.queueLevel ? 'handed-off' : 'working', needed: 0 };
  const revising =
    !!session.cursorStep && session.cursorStep !== task.elementId && log.some((r) => r.stepId === session.cursorStep);
  const stepId = revising ? session.cursorStep! : task.elementId;
  const step = model.nodes[stepId]?.step ?? task.step;
  const needed = stepLevel(step, procedureLevel);
  const handOffLevel = task.step?.agentLevel ?? 1;
  const withStep = { ...base, task, stepId, step, revising, needed };
  if (session.queueLevel) return { ...withStep, status: 'handed-off', handOffLevel: session.queueLevel };
  if (!stepChannels(task.step).includes(session.channel)) return { ...withStep, status: 'handed-off', handOffLevel };
  if (session.channel === 'agent' && session.ownerRole === 'agent-l1' && handOffLevel === 2)
    return { ...withStep, status: 'handed-off', handOffLevel };
  if (session.reached < needed) return { ...withStep, status: 'identify' };
  return { ...withStep, status: 'step' };
}

/** The channels a step is performed on (its `cauce:channels`; both for an element that is no step). @internal */
export function stepChannels(step: Step | undefined): Channel[] {
  return step?.channels ?? ['agent', 'web'];
}

/** The identification level a step needs: its own `cauce:identificationLevel`, else the procedure's. @internal */
export function stepLevel(step: Step | undefined, procedureLevel: number): 0 | 1 | 2 | 3 {
  return (step?.identificationLevel ?? procedureLevel) as 0 | 1 | 2 | 3;
}

/** The step's form in the package (an empty form when it has none). @internal */
export function stepForm(pkg: PublishedPackage, step: Step | undefined): Record<string, unknown> {
  const path = step?.form;
  return (path && (pkg.forms[path] as Record<string, unknown> | undefined)) || { type: 'object', properties: {} };
}
