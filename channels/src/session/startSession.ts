import { randomUUID } from 'node:crypto';
import { typedFromPlain } from '@cauce/engine';
import type { StartSessionInput, StepView, Viewer } from '../contract';
import { ChannelsErrors } from '../errors';
import { chooseQuestions } from '../identity/protocol';
import type { PublishedPackage } from '../packages/PublishedPackage';
import { agentLevel, audit, protectedRead } from './access';
import type { Ctx } from './Context';
import { newReference } from './referenceCode';
import { respond } from './respond';
import type { ServiceRequestRow, Session } from './Session';

/**
 * Opens a session and its service request. Citizens start on the web, staff on the agent channel. An agent may
 * name the citizen on the phone (`citizenId`): the protocol questions are then drawn from that citizen's record,
 * and a protected person needs a stated reason. The instance starts at once when the procedure needs no
 * identification, otherwise after `identify`.
 * @internal
 */
export async function startSession(ctx: Ctx, viewer: Viewer, input: StartSessionInput): Promise<StepView> {
  const staff = agentLevel(viewer.role) > 0;
  if (viewer.role === 'citizen' ? input.channel !== 'web' : !staff || input.channel !== 'agent') {
    throw ChannelsErrors.forbidden(viewer.role, `start a session on channel '${input.channel}'`);
  }
  const pkg = await ctx.packages.latest(input.procedureId);
  if (!pkg.manifest.channels.includes(input.channel))
    throw ChannelsErrors.channelNotOffered(input.procedureId, input.channel);
  // a citizen viewer names only the citizen the renderer identified it as; an agent names whoever is calling
  const named = staff
    ? input.citizenId
    : input.citizenId && input.citizenId === viewer.citizenId
      ? input.citizenId
      : undefined;
  const citizenId = named?.trim().toUpperCase() || null;
  const record = citizenId ? await ctx.systems.citizen(citizenId) : undefined;
  if (record?.protectedPerson) await protectedRead(ctx, viewer, { citizenId, channel: input.channel }, 'start');
  const now = ctx.clock();
  const session = await insert(
    ctx,
    viewer,
    pkg,
    input,
    citizenId,
    !!record?.protectedPerson,
    record ? chooseQuestions(record) : null,
    now,
  );
  await audit(ctx, viewer, session, 'start', { procedure: `${pkg.procedureId}@${pkg.version}` });
  if (session.reached >= pkg.manifest.identificationLevel) await startInstance(ctx, session, pkg);
  return respond(ctx, viewer, session);
}

/**
 * Starts the session's procedure instance — business key the request reference, variables `citizenId`, `language`
 * and `channel` as scenarios start them — and waits briefly for its first connectors.
 * @internal
 */
export async function startInstance(ctx: Ctx, session: Session, pkg: PublishedPackage): Promise<void> {
  const variables: Record<string, unknown> = { language: session.language, channel: session.channel };
  if (session.citizenId) variables.citizenId = session.citizenId;
  const instance = await ctx.engine.startProcess({
    definitionId: pkg.definitionId,
    businessKey: session.reference,
    variables: typedFromPlain(variables),
  });
  session.instanceId = instance.id;
  await ctx.store.saveSession(session, ctx.clock());
  await ctx.store.addInstance(session.serviceRequestId, instance.id, ctx.clock());
  await ctx.state.settle(instance.id, ctx.settleMs);
}

// helpers
async function insert(
  ctx: Ctx,
  viewer: Viewer,
  pkg: PublishedPackage,
  input: StartSessionInput,
  citizenId: string | null,
  protectedPerson: boolean,
  questions: Session['protocol'],
  now: Date,
): Promise<Session> {
  for (let attempt = 0; ; attempt++) {
    const reference = newReference();
    const request: ServiceRequestRow = {
      id: randomUUID(),
      reference,
      citizenId,
      type: pkg.manifest.serviceRequestType,
      procedureId: pkg.procedureId,
      procedureVersion: pkg.version,
      entryChannel: input.channel,
      responsible: input.channel === 'web' ? 'citizen' : viewer.role,
      state: 'open',
      instanceIds: [],
      notes: [],
      outcome: null,
      protectedPerson,
      createdAt: now,
      updatedAt: now,
      closedAt: null,
    };
    const session: Session = {
      id: randomUUID(),
      reference,
      serviceRequestId: request.id,
      instanceId: null,
      procedureId: pkg.procedureId,
      procedureVersion: pkg.version,
      channel: input.channel,
      language: input.language,
      citizenId,
      reached: 0,
      method: null,
      protocol: questions,
      protocolAttemptsLeft: 3,
      otpHash: null,
      otpExpiresAt: null,
      otpAttemptsLeft: 0,
      otpSentTo: null,
      otpSends: 0,
      ownerUserId: viewer.userId,
      ownerRole: viewer.role,
      protectedPerson,
      queueLevel: null,
      queueReason: null,
      queuedAt: null,
      supersededBy: null,
      claimOf: null,
      cursorStep: null,
      draft: null,
      state: 'active',
      rev: 0,
      createdAt: now,
      updatedAt: now,
    };
    const inserted = await ctx.db.tx(async (q) => {
      if (!(await ctx.store.insertRequest(request, q))) return false;
      await ctx.store.insertSession(session, q);
      return true;
    });
    if (inserted) return session;
    if (attempt >= 5) throw new Error('could not draw a free service-request reference');
  }
}
