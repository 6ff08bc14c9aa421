import { randomUUID } from 'node:crypto';
import type { Viewer } from '../contract';
import { chooseQuestions } from '../identity/protocol';
import type { Ctx } from './Context';
import type { ServiceRequestRow, Session } from './Session';

/**
 * A citizen resumes a reference from a browser that does not own its session (another device, a cleared cookie):
 * they get a new web session on the same instance and request that shows nothing until they pass identification
 * as the request's citizen. A reference is something people write down and read out; it is not a key.
 * @internal
 */
export async function openClaim(
  ctx: Ctx,
  viewer: Viewer,
  request: ServiceRequestRow,
  target: Session,
): Promise<Session> {
  const now = ctx.clock();
  const record = request.citizenId ? await ctx.systems.citizen(request.citizenId) : undefined;
  const claim: Session = {
    ...target,
    id: randomUUID(),
    channel: 'web',
    citizenId: request.citizenId,
    reached: 0,
    method: null,
    protocol: chooseQuestions(record),
    protocolAttemptsLeft: 3,
    otpHash: null,
    otpExpiresAt: null,
    otpAttemptsLeft: 0,
    otpSentTo: null,
    otpSends: 0,
    ownerUserId: viewer.userId,
    ownerRole: 'citizen',
    queueLevel: null,
    queueReason: null,
    queuedAt: null,
    supersededBy: null,
    claimOf: target.id,
    cursorStep: null,
    draft: null,
    state: 'active',
    rev: 0,
    createdAt: now,
    updatedAt: now,
  };
  await ctx.store.insertSession(claim);
  return claim;
}

/**
 * The claimant has identified: their session takes over from the request's active web session (which then shows
 * 'handed-off'); when an agent holds the request, the claimant's session is the one handed off.
 * @internal
 */
export async function completeClaim(ctx: Ctx, claim: Session): Promise<void> {
  const now = ctx.clock();
  const sessions = await ctx.store.sessionsOfRequest(claim.serviceRequestId);
  const active = sessions.find((s) => s.id !== claim.id && !s.supersededBy && (!s.claimOf || s.reached >= 1));
  if (!active) return;
  claim.instanceId = active.instanceId;
  claim.protectedPerson = claim.protectedPerson || active.protectedPerson;
  if (active.channel === 'web') {
    Object.assign(claim, {
      cursorStep: active.cursorStep,
      queueLevel: active.queueLevel,
      queueReason: active.queueReason,
      queuedAt: active.queuedAt,
    });
    Object.assign(active, { supersededBy: claim.id, queueLevel: null, queueReason: null, queuedAt: null });
    await ctx.store.saveSession(active, now);
  } else {
    claim.supersededBy = active.id;
  }
  await ctx.store.saveSession(claim, now);
}
