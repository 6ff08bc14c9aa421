import type { StepView, Viewer } from '../contract';
import { ChannelsErrors } from '../errors';
import { audit, canWrite } from './access';
import { changeableSteps } from './changeableSteps';
import type { Ctx } from './Context';
import { locate } from './locate';
import { loadSession, respond } from './respond';

/**
 * Shows an earlier answered step again, with its answers, to change them; the instance keeps waiting where it is
 * until the step is submitted (see submitStep's revise). Going back to the live step returns to it. Refused
 * (CAUCE_ERR_BACK_NOT_POSSIBLE) for a step not answered in this request, or answered before a connector with side
 * effects ran — changing it would call that connector again.
 * @internal
 */
export async function goBack(
  ctx: Ctx,
  viewer: Viewer,
  sessionId: string,
  input: { toStep: string },
): Promise<StepView> {
  const session = await loadSession(ctx, sessionId);
  await canWrite(ctx, viewer, session, 'back');
  const pos = await locate(ctx, session);
  if (pos.status === 'done' || pos.status === 'handed-off')
    throw ChannelsErrors.actionNotAllowed('back', `the session is ${pos.status}`);
  if (pos.task && input?.toStep === pos.task.elementId) {
    Object.assign(session, { cursorStep: null, draft: null });
    await ctx.store.saveSession(session, ctx.clock());
    return respond(ctx, viewer, session);
  }
  const row = [...pos.log].reverse().find((r) => r.stepId === input?.toStep);
  if (!row) throw ChannelsErrors.backNotPossible(input?.toStep, 'it has not been answered in this request');
  if (!(await changeableSteps(ctx, session, pos)).has(row.id))
    throw ChannelsErrors.backNotPossible(
      row.stepId,
      'a connector with side effects has run since it was answered; ask for help to change it',
    );
  Object.assign(session, { cursorStep: row.stepId, draft: null });
  await ctx.store.saveSession(session, ctx.clock());
  await audit(ctx, viewer, session, 'back', { step: row.stepId });
  return respond(ctx, viewer, session);
}
