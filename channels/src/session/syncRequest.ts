import { serviceRequestOf } from '@cauce/procedure-kit';
import type { Ctx } from './Context';
import type { Position } from './locate';
import type { Session } from './Session';

/**
 * Brings the service request (state, responsible, citizen, protected flag) and the session's queue in line with
 * where the instance stands, after every move. The state follows the sample procedures' convention
 * (`serviceRequestOf`, the same function scenarios are checked with, so a run through a channel and a scenario run
 * agree): an end event's `serviceRequestState`; waiting at an agent-l2 step → escalated; at a step the session's
 * channel cannot perform → in-progress with an agent (and the session joins that agent queue: the hand-off);
 * waiting for the citizen on the web → waiting-citizen. A pending help request keeps it with level 1, an
 * escalation with level 2. A closed request is never changed.
 * @internal
 */
export async function syncRequest(ctx: Ctx, session: Session, pos: Position): Promise<void> {
  const { request, snapshot, pkg, model } = pos;
  if (request.closedAt) return;
  const now = ctx.clock();
  if (!session.supersededBy && !session.queueLevel && pos.status === 'handed-off' && pos.handOffLevel && pos.task) {
    session.queueLevel = pos.handOffLevel;
    session.queueReason = `hand-off: ${pos.task.elementId}`;
    session.queuedAt = now;
    await ctx.store.saveSession(session, now);
  }
  const lastActor = pos.log.at(-1)?.actorRole;
  let state: string;
  let responsible: string | null;
  if (!snapshot) {
    [state, responsible] = [
      session.channel === 'web' ? 'waiting-citizen' : 'in-progress',
      session.channel === 'web' ? 'citizen' : session.ownerRole,
    ];
  } else if (snapshot.state === 'EXTERNALLY_TERMINATED') {
    [state, responsible] = ['cancelled', lastActor ?? null];
  } else if (snapshot.state === 'COMPLETED') {
    const ends = await ctx.state.activityEnds([snapshot.id]);
    const endEvent = ends.filter((e) => e.elementType === 'endEvent').at(-1)?.elementId;
    const derived = serviceRequestOf({
      manifest: pkg.manifest,
      model,
      entryChannel: session.channel,
      outcome: { state: 'completed', endEvent, waitingAt: [] },
      lastActor,
    });
    [state, responsible] = [derived.state, derived.responsible ?? null];
  } else if (session.queueLevel === 2) {
    [state, responsible] = ['escalated', 'agent-l2'];
  } else if (session.queueLevel === 1) {
    [state, responsible] = ['in-progress', 'agent-l1'];
  } else {
    const waitingAt = snapshot.tasks.map((t) => t.elementId);
    const outcome = { state: snapshot.incidents ? ('incident' as const) : ('waiting' as const), waitingAt };
    const derived = serviceRequestOf({
      manifest: pkg.manifest,
      model,
      entryChannel: session.channel,
      outcome,
      lastActor,
    });
    [state, responsible] = [derived.state, derived.responsible ?? null];
    if (session.channel === 'agent' && state === 'in-progress' && waitingAt.length) responsible = session.ownerRole;
  }
  if (
    state !== request.state ||
    responsible !== request.responsible ||
    session.citizenId !== request.citizenId ||
    (session.protectedPerson && !request.protectedPerson)
  ) {
    await ctx.store.updateRequest(
      request.id,
      { citizenId: session.citizenId, protectedPerson: session.protectedPerson, state, responsible },
      now,
    );
    Object.assign(request, {
      state,
      responsible,
      citizenId: request.citizenId ?? session.citizenId,
      protectedPerson: request.protectedPerson || session.protectedPerson,
      updatedAt: now,
    });
  }
}
