import {
  completeTask,
  modifyProcessInstance,
  plainValues,
  typedFromPlain,
  type InstanceSnapshot,
  type ModificationInstruction,
} from '@cauce/engine';
import { narrowForm } from '@cauce/forms';
import type { StepView, Viewer } from '../contract';
import { ChannelsErrors } from '../errors';
import { patternMessages } from '../view/stepTexts';
import { validateAnswers } from '../view/validateAnswers';
import { audit, canWrite } from './access';
import { changeableSteps } from './changeableSteps';
import type { Ctx } from './Context';
import { locate, stepForm, type Position } from './locate';
import { loadSession, respond } from './respond';
import type { Session } from './Session';

/**
 * Answers the step shown. Refuses a step that is not the one to answer now, or that needs more identification
 * than reached (CAUCE_ERR_IDENTIFICATION_REQUIRED — the engine-side rule; renderers only hide). Invalid answers
 * never advance: the view comes back with one localized message per field and the answers as posted (also kept
 * as a draft). A `submissionId` seen before returns the current view without acting again. Valid answers complete
 * the user task, then the call waits up to `settleMs` for connectors to reach the next step; an earlier step
 * shown after `back` is revised instead ({@link revise}).
 * @internal
 */
export async function submitStep(
  ctx: Ctx,
  viewer: Viewer,
  sessionId: string,
  input: { stepId: string; answers: Record<string, unknown>; submissionId: string },
): Promise<StepView> {
  if (
    !input?.stepId ||
    !input.submissionId ||
    typeof input.submissionId !== 'string' ||
    input.submissionId.length > 200
  )
    throw ChannelsErrors.inputInvalid('submit needs stepId and a submissionId of at most 200 characters');
  const session = await loadSession(ctx, sessionId);
  await canWrite(ctx, viewer, session, 'submit');
  if (await ctx.store.submission(session.id, input.submissionId))
    return replay(ctx, viewer, session.id, input.submissionId);
  const pos = await locate(ctx, session);
  guard(session, pos, input.stepId);
  const narrowed = narrowForm(stepForm(pos.pkg, pos.step), {
    channel: session.channel,
    role: viewer.role,
    visibility: pos.step?.fieldVisibility,
  });
  const cacheKey = `${pos.pkg.procedureId}@${pos.pkg.version}:${pos.stepId}:${session.channel}:${viewer.role}`;
  const { answers, errors } = validateAnswers({
    schema: narrowed.schema,
    fields: narrowed.fields,
    answers: input.answers ?? {},
    language: session.language,
    cacheKey,
    patternMessages: patternMessages(pos.pkg, {
      textKey: pos.step?.textKey ?? pos.stepId!,
      channel: session.channel,
      language: session.language,
      fields: narrowed.fields,
    }),
  });
  if (errors.length) {
    session.draft = { stepId: pos.stepId!, answers };
    await ctx.store.saveSession(session, ctx.clock());
    return respond(ctx, viewer, session, { errors, posted: answers });
  }
  if (!(await ctx.store.claimSubmission(session.id, input.submissionId, pos.stepId!, ctx.clock())))
    return replay(ctx, viewer, session.id, input.submissionId);
  try {
    if (pos.revising) await revise(ctx, viewer, session, pos, answers);
    else await answerLive(ctx, viewer, session, pos, answers);
  } catch (error) {
    await ctx.store.forgetSubmission(session.id, input.submissionId);
    if ((error as { code?: string }).code === 'CAUCE_ERR_TASK_NOT_FOUND')
      throw ChannelsErrors.stepNotCurrent(input.stepId, 'another answer completed it first');
    throw error;
  }
  await ctx.store.submissionDone(session.id, input.submissionId);
  await audit(ctx, viewer, session, pos.revising ? 'revise' : 'submit', { step: pos.stepId });
  return respond(ctx, viewer, session);
}

// helpers
function guard(session: Session, pos: Position, stepId: string): void {
  switch (pos.status) {
    case 'step':
      if (pos.stepId !== stepId) throw ChannelsErrors.stepNotCurrent(stepId, pos.stepId);
      return;
    case 'identify':
      throw ChannelsErrors.identificationRequired(pos.stepId ?? stepId, pos.needed, session.reached);
    case 'working':
      throw ChannelsErrors.stepNotCurrent(stepId, 'none while the procedure works');
    case 'handed-off':
    case 'done':
      throw ChannelsErrors.actionNotAllowed('next', `the session is ${pos.status}`);
    default:
      throw new Error(`unknown status ${String(pos.status)}`);
  }
}

async function answerLive(
  ctx: Ctx,
  viewer: Viewer,
  session: Session,
  pos: Position,
  answers: Record<string, unknown>,
): Promise<void> {
  const task = pos.task!;
  const before = plainValues(pos.snapshot!.variables(task.tokenId));
  const step = {
    requestId: session.serviceRequestId,
    sessionId: session.id,
    instanceId: task.instanceId,
    stepId: task.elementId,
    answers,
    variablesBefore: before,
    actorUserId: viewer.userId,
    actorRole: viewer.role,
    channel: session.channel,
  };
  await completeTask(ctx.engine, task.id, typedFromPlain(answers), {
    alongside: (q) => ctx.store.insertStep(step, ctx.clock(), q),
  });
  Object.assign(session, { draft: null, cursorStep: null });
  await ctx.store.saveSession(session, ctx.clock());
  await ctx.state.settle(session.instanceId!, ctx.settleMs);
}

/**
 * An earlier step answered again. Unchanged answers just move the session forward to the next answered step.
 * Changed ones move the instance back to that step with the engine's process instance modification (one
 * command: every live token is cancelled with its open work, the process variables become the ones the step saw
 * then, and a fresh token starts before the step), complete it with the new answers, then replay the later answers
 * as long as the path reaches the same steps and those answers still fit their forms. The request keeps its one
 * instance; its history shows the cancelled steps and the step started again. Variables set after the step (later
 * answers, connector outputs) are dropped rather than kept: the revised run must decide its path, and validate the
 * replayed answers, on what the person answers now, not on values of the path it leaves; the replay sets the later
 * answers again. Only steps answered after the last connector with side effects can be revised (changeableSteps),
 * so no such connector is ever called twice without the person asking for it.
 */
async function revise(
  ctx: Ctx,
  viewer: Viewer,
  session: Session,
  pos: Position,
  answers: Record<string, unknown>,
): Promise<void> {
  const row = [...pos.log].reverse().find((r) => r.stepId === pos.stepId)!;
  const later = pos.log.filter((r) => r.id > row.id);
  const now = ctx.clock();
  if (JSON.stringify(answers) === JSON.stringify(row.answers)) {
    const next = later.find((r) => r.stepId !== pos.task?.elementId);
    Object.assign(session, { cursorStep: next?.stepId ?? null, draft: null });
    await ctx.store.saveSession(session, now);
    return;
  }
  if (!(await changeableSteps(ctx, session, pos)).has(row.id))
    throw ChannelsErrors.backNotPossible(row.stepId, 'a connector with side effects has run since it was answered');
  const instanceId = pos.snapshot!.id;
  const instructions: ModificationInstruction[] = [
    ...liveActivities(pos.snapshot!).map((activityId) => ({ type: 'cancel' as const, activityId })),
    { type: 'startBeforeActivity', activityId: row.stepId },
  ];
  try {
    await modifyProcessInstance(ctx.engine, instanceId, {
      instructions,
      replaceVariables: typedFromPlain(row.variablesBefore),
      annotation: `revised: step ${row.stepId} answered again in session ${session.id}`,
    });
  } catch (error) {
    // the instance moved on between reading it and this command (a connector finished, another answer came)
    if ((error as { code?: string }).code === 'CAUCE_ERR_ACTIVITY_NOT_ACTIVE')
      throw ChannelsErrors.stepNotCurrent(row.stepId, 'the procedure moved on meanwhile; try again');
    throw error;
  }
  await ctx.store.supersedeStepsFrom(session.serviceRequestId, row.id);
  Object.assign(session, { cursorStep: null, draft: null });
  await ctx.store.saveSession(session, now);
  const first = (await ctx.state.snapshot(instanceId))!.tasks.find((t) => t.elementId === row.stepId)!;
  const step = {
    requestId: session.serviceRequestId,
    sessionId: session.id,
    instanceId,
    stepId: row.stepId,
    answers,
    variablesBefore: row.variablesBefore,
    actorUserId: viewer.userId,
    actorRole: viewer.role,
    channel: session.channel,
  };
  await completeTask(ctx.engine, first.id, typedFromPlain(answers), {
    alongside: (q) => ctx.store.insertStep(step, ctx.clock(), q),
  });
  await ctx.state.settle(instanceId, ctx.settleMs);
  for (const kept of later) {
    const at = await locate(ctx, session);
    if (at.status !== 'step' || at.revising || at.stepId !== kept.stepId || !at.task) break;
    const narrowed = narrowForm(stepForm(at.pkg, at.step), {
      channel: session.channel,
      role: viewer.role,
      visibility: at.step?.fieldVisibility,
    });
    const check = validateAnswers({
      schema: narrowed.schema,
      fields: narrowed.fields,
      answers: kept.answers,
      language: session.language,
      cacheKey: `${at.pkg.procedureId}@${at.pkg.version}:${kept.stepId}:${session.channel}:${viewer.role}`,
    });
    if (check.errors.length) break;
    await answerLive(ctx, viewer, session, at, check.answers);
  }
}

/** The live activities directly in the process (cancelling one also cancels what runs inside it). */
function liveActivities(instance: InstanceSnapshot): string[] {
  return [...new Set(instance.activities.filter((a) => a.atProcessLevel).map((a) => a.elementId))];
}

async function replay(ctx: Ctx, viewer: Viewer, sessionId: string, submissionId: string): Promise<StepView> {
  const until = Date.now() + ctx.settleMs + 5000;
  while (Date.now() < until) {
    const seen = await ctx.store.submission(sessionId, submissionId);
    if (!seen || seen.done) break;
    await new Promise((r) => setTimeout(r, 25));
  }
  return respond(ctx, viewer, await loadSession(ctx, sessionId));
}
