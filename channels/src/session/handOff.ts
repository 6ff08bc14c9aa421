import { randomUUID } from 'node:crypto';
import { deleteProcessInstance } from '@cauce/engine';
import type { StepView, Viewer } from '../contract';
import { ChannelsErrors } from '../errors';
import { agentLevel, audit, canWrite, protectedRead } from './access';
import { openClaim } from './claims';
import type { Ctx } from './Context';
import { locate } from './locate';
import { parseReference } from './referenceCode';
import { loadSession, respond } from './respond';
import type { Session } from './Session';

/**
 * A citizen asks for help: the session joins the first-level queue with every answer kept; the agent who takes it
 * (resume by reference) continues where it stands without asking anything again.
 * @internal
 */
export async function help(ctx: Ctx, viewer: Viewer, sessionId: string, note?: string): Promise<StepView> {
  const session = await loadSession(ctx, sessionId);
  await canWrite(ctx, viewer, session, 'help');
  if (session.channel !== 'web') throw ChannelsErrors.actionNotAllowed('help', 'agents escalate instead');
  return enqueue(ctx, viewer, session, 1, `help${note?.trim() ? `: ${note.trim()}` : ''}`, note);
}

/** A first-level agent passes the session to the second level, with a note for the specialist. @internal */
export async function escalate(ctx: Ctx, viewer: Viewer, sessionId: string, note: string): Promise<StepView> {
  const session = await loadSession(ctx, sessionId);
  await canWrite(ctx, viewer, session, 'escalate');
  if (agentLevel(viewer.role) !== 1)
    throw ChannelsErrors.actionNotAllowed('escalate', 'only first-level agents escalate');
  if (!note?.trim()) throw ChannelsErrors.inputInvalid('an escalation needs a note for the second level');
  return enqueue(ctx, viewer, session, 2, `escalated: ${note.trim()}`, note);
}

/**
 * Continues a service request by its reference. Staff get their own agent session on the same instance, carrying
 * the identification already reached (nothing is asked again), and the session they take over is superseded; a
 * first-level agent cannot take what waits for the second level. A citizen gets back the session they own, or —
 * from another browser — a new session that shows nothing until they identify as the request's citizen.
 * @internal
 */
export async function resume(ctx: Ctx, viewer: Viewer, reference: string): Promise<StepView> {
  const canonical = parseReference(reference);
  if (!canonical) throw ChannelsErrors.referenceInvalid(reference);
  const request = await ctx.store.requestByReference(canonical);
  if (!request) throw ChannelsErrors.requestNotFound(canonical);
  const sessions = await ctx.store.sessionsOfRequest(request.id);
  const own = sessions.find((s) => s.ownerUserId === viewer.userId);
  if (viewer.role === 'citizen') {
    if (own) return respond(ctx, viewer, own);
    const target = sessions.find((s) => s.channel === 'web' && !s.claimOf) ?? sessions[sessions.length - 1];
    if (!target.citizenId && target.reached === 0 && target.channel === 'web' && !target.supersededBy) {
      target.ownerUserId = viewer.userId; // nothing personal in it yet: whoever holds the reference continues it
      await ctx.store.saveSession(target, ctx.clock());
      return respond(ctx, viewer, target);
    }
    return respond(ctx, viewer, await openClaim(ctx, viewer, request, target));
  }
  const level = agentLevel(viewer.role);
  if (level === 0) throw ChannelsErrors.forbidden(viewer.role, 'resume service requests');
  if (own && !own.supersededBy) return respond(ctx, viewer, own);
  const active = sessions.find((s) => !s.supersededBy && (!s.claimOf || s.reached >= 1)) ?? sessions[0];
  if (request.closedAt || active.state === 'closed') {
    if (request.protectedPerson)
      await protectedRead(
        ctx,
        viewer,
        { citizenId: request.citizenId, requestId: request.id, sessionId: active.id },
        'read-closed',
      );
    return respond(ctx, viewer, active);
  }
  const pos = await locate(ctx, active);
  const needs = active.queueLevel ?? pos.handOffLevel ?? 1;
  if (level < needs) throw ChannelsErrors.forbidden(viewer.role, `take a request waiting for level ${needs}`);
  if (active.protectedPerson || request.protectedPerson)
    await protectedRead(
      ctx,
      viewer,
      {
        citizenId: active.citizenId,
        requestId: request.id,
        sessionId: active.id,
        channel: 'agent',
        level: active.reached,
      },
      'resume',
    );
  const now = ctx.clock();
  const taken: Session = {
    ...active,
    id: randomUUID(),
    channel: 'agent',
    ownerUserId: viewer.userId,
    ownerRole: viewer.role,
    queueLevel: null,
    queueReason: null,
    queuedAt: null,
    supersededBy: null,
    claimOf: null,
    cursorStep: null,
    draft: null,
    otpHash: null,
    otpExpiresAt: null,
    otpAttemptsLeft: 0,
    otpSentTo: null,
    otpSends: 0,
    protectedPerson: active.protectedPerson || request.protectedPerson,
    state: 'active',
    rev: 0,
    createdAt: now,
    updatedAt: now,
  };
  await ctx.store.insertSession(taken);
  Object.assign(active, { supersededBy: taken.id, queueLevel: null, queueReason: null, queuedAt: null });
  await ctx.store.saveSession(active, now);
  await audit(ctx, viewer, taken, 'resume', { from: active.id, fromChannel: active.channel, queue: needs });
  return respond(ctx, viewer, taken);
}

/**
 * Closes the service request with its outcome (`cancelled` cancels it; anything else resolves it) and a note. A
 * procedure still running is cancelled in the engine (history kept).
 * @internal
 */
export async function close(
  ctx: Ctx,
  viewer: Viewer,
  sessionId: string,
  input: { outcome: string; note?: string },
): Promise<StepView> {
  const session = await loadSession(ctx, sessionId);
  await canWrite(ctx, viewer, session, 'close');
  if (agentLevel(viewer.role) === 0)
    throw ChannelsErrors.actionNotAllowed('close', 'citizens ask for help; an agent closes the request');
  if (!input.outcome?.trim()) throw ChannelsErrors.inputInvalid('close needs an outcome');
  const now = ctx.clock();
  const state = input.outcome.trim() === 'cancelled' ? 'cancelled' : 'resolved';
  const snapshot = session.instanceId ? await ctx.state.snapshot(session.instanceId) : undefined;
  if (snapshot?.state === 'ACTIVE')
    await deleteProcessInstance(ctx.engine, snapshot.id, `closed by ${viewer.userId}: ${input.outcome.trim()}`);
  await ctx.store.closeRequest(session.serviceRequestId, state, input.outcome.trim(), viewer.role, now);
  if (input.note?.trim())
    await ctx.store.addNote(
      session.serviceRequestId,
      { by: viewer.userId, role: viewer.role, text: input.note.trim() },
      now,
    );
  Object.assign(session, {
    state: 'closed',
    queueLevel: null,
    queueReason: null,
    queuedAt: null,
    cursorStep: null,
    draft: null,
  });
  await ctx.store.saveSession(session, now);
  await audit(ctx, viewer, session, 'close', { outcome: input.outcome.trim(), state });
  return respond(ctx, viewer, session);
}

// helpers
async function enqueue(
  ctx: Ctx,
  viewer: Viewer,
  session: Session,
  level: 1 | 2,
  reason: string,
  note?: string,
): Promise<StepView> {
  const pos = await locate(ctx, session);
  if (pos.status === 'done' || session.supersededBy)
    throw ChannelsErrors.actionNotAllowed(level === 1 ? 'help' : 'escalate', `the session is ${pos.status}`);
  const now = ctx.clock();
  Object.assign(session, { queueLevel: level, queueReason: reason.slice(0, 500), queuedAt: now, cursorStep: null });
  await ctx.store.saveSession(session, now);
  if (note?.trim())
    await ctx.store.addNote(session.serviceRequestId, { by: viewer.userId, role: viewer.role, text: note.trim() }, now);
  await audit(
    ctx,
    viewer,
    session,
    level === 1 ? 'help' : 'escalate',
    note?.trim() ? { note: note.trim() } : undefined,
  );
  return respond(ctx, viewer, session);
}
