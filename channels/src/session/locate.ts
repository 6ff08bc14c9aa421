import type { FlowNode, ProcessModel } from '@cauce/engine';
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
  const model = (await ctx.engine.definitions.get(ctx.db, snapshot?.definitionId ?? pkg.definitionId)).model;
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
  const live = model.nodes[task.elementId];
  const revising =
    !!session.cursorStep && session.cursorStep !== task.elementId && log.some((r) => r.stepId === session.cursorStep);
  const stepId = revising ? session.cursorStep! : task.elementId;
  const node = model.nodes[stepId] ?? live;
  const needed = stepLevel(node, procedureLevel);
  const handOffLevel = queueOf(task.candidateGroups);
  const withStep = { ...base, task, stepId, revising, needed };
  if (session.queueLevel) return { ...withStep, status: 'handed-off', handOffLevel: session.queueLevel };
  if (!stepChannels(live).includes(session.channel)) return { ...withStep, status: 'handed-off', handOffLevel };
  if (session.channel === 'agent' && session.ownerRole === 'agent-l1' && handOffLevel === 2)
    return { ...withStep, status: 'handed-off', handOffLevel };
  if (session.reached < needed) return { ...withStep, status: 'identify' };
  return { ...withStep, status: 'step' };
}

/** The channels a step is performed on (`cauce:channels`, default both). @internal */
export function stepChannels(node: FlowNode | undefined): string[] {
  return (node?.step?.channels ?? 'agent,web')
    .split(',')
    .map((c) => c.trim())
    .filter(Boolean);
}

/** The identification level a step needs: its own `cauce:identificationLevel`, else the procedure's. @internal */
export function stepLevel(node: FlowNode | undefined, procedureLevel: number): 0 | 1 | 2 | 3 {
  const own = node?.step?.identificationLevel;
  return Number(own ?? procedureLevel) as 0 | 1 | 2 | 3;
}

/** The step's form in the package (an empty form when it has none). @internal */
export function stepForm(pkg: PublishedPackage, node: FlowNode | undefined): Record<string, unknown> {
  const path = node?.step?.form;
  return (path && (pkg.forms[path] as Record<string, unknown> | undefined)) || { type: 'object', properties: {} };
}

// helpers
/** Second-level queue when only agent-l2 may do the step; first level otherwise. */
function queueOf(groups: string[]): 1 | 2 {
  return groups.includes('agent-l2') && !groups.includes('agent-l1') ? 2 : 1;
}
