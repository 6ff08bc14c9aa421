import { exhaustive } from '@cauce/schemas';
import type { Role, Viewer } from '../contract';
import { ChannelsErrors } from '../errors';
import type { Ctx } from './Context';
import type { Session } from './Session';

/** Roles that work in the contact centre. @internal */
export function isStaff(role: Role): boolean {
  return role === 'agent-l1' || role === 'agent-l2' || role === 'supervisor' || role === 'admin';
}

/** 0 for citizens and roles without sessions; 1 first level; 2 second level; 3 supervisors and admins. @internal */
export function agentLevel(role: Role): 0 | 1 | 2 | 3 {
  switch (role) {
    case 'agent-l1':
      return 1;
    case 'agent-l2':
      return 2;
    case 'supervisor':
    case 'admin':
      return 3;
    case 'citizen':
    case 'specialist':
    case 'integrator':
      return 0;
    default:
      return exhaustive(role, 'role');
  }
}

/**
 * Refuses a viewer who may not read this session. A citizen reaches only sessions they own (or, once identified
 * in-process, web sessions of the citizen they are): anything else is CAUCE_ERR_SESSION_NOT_FOUND, as if it did not
 * exist. Staff read their own sessions, sessions waiting in a queue of their level or below, and supervisors
 * everything; reading a protected person needs `viewer.reason` and is audited.
 * @internal
 */
export async function canRead(ctx: Ctx, viewer: Viewer, session: Session, action = 'read'): Promise<void> {
  if (viewer.role === 'citizen') {
    const own = session.ownerUserId === viewer.userId;
    const same =
      !!viewer.citizenId && session.channel === 'web' && session.reached >= 1 && session.citizenId === viewer.citizenId;
    if (!own && !same) throw ChannelsErrors.sessionNotFound(session.id);
    return;
  }
  const level = agentLevel(viewer.role);
  if (level === 0) throw ChannelsErrors.sessionNotFound(session.id);
  const queued = session.queueLevel !== null && session.queueLevel <= level && !session.supersededBy;
  if (session.ownerUserId !== viewer.userId && level < 3 && !queued)
    throw ChannelsErrors.forbidden(viewer.role, `open session ${session.id}`);
  if (session.protectedPerson)
    await protectedRead(
      ctx,
      viewer,
      {
        citizenId: session.citizenId,
        sessionId: session.id,
        requestId: session.serviceRequestId,
        channel: session.channel,
        level: session.reached,
      },
      action,
    );
}

/** As canRead, and the viewer must own the session (supervisors may also close it). @internal */
export async function canWrite(ctx: Ctx, viewer: Viewer, session: Session, action: string): Promise<void> {
  await canRead(ctx, viewer, session, action);
  const owner = session.ownerUserId === viewer.userId;
  if (!owner && !(action === 'close' && agentLevel(viewer.role) === 3)) {
    if (viewer.role === 'citizen') throw ChannelsErrors.sessionNotFound(session.id);
    throw ChannelsErrors.forbidden(viewer.role, `${action} in a session owned by someone else`);
  }
}

/** A staff read of a protected person's data: refused without a reason, audited with it. @internal */
export async function protectedRead(
  ctx: Ctx,
  viewer: Viewer,
  about: { citizenId: string | null; sessionId?: string; requestId?: string; channel?: string; level?: number },
  action: string,
): Promise<void> {
  if (viewer.role === 'citizen') return;
  const reason = viewer.reason?.trim();
  if (!reason || reason.length < 3) throw ChannelsErrors.reasonRequired();
  await ctx.store.audit({
    at: ctx.clock(),
    userId: viewer.userId,
    role: viewer.role,
    action: `protected-${action}`,
    citizenId: about.citizenId,
    reason,
    sessionId: about.sessionId,
    requestId: about.requestId,
    channel: about.channel,
    level: about.level,
  });
}

/** Records what a viewer did (evidence: who, which channel, which identification level). @internal */
export async function audit(
  ctx: Ctx,
  viewer: Viewer,
  session: Session,
  action: string,
  detail?: unknown,
): Promise<void> {
  await ctx.store.audit({
    at: ctx.clock(),
    userId: viewer.userId,
    role: viewer.role,
    action,
    citizenId: session.citizenId,
    reason: viewer.reason ?? null,
    sessionId: session.id,
    requestId: session.serviceRequestId,
    channel: session.channel,
    level: session.reached,
    detail,
  });
}
