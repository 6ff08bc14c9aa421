import type { SessionService, Viewer } from '../contract';
import { ChannelsErrors } from '../errors';
import { agentLevel, protectedRead } from './access';
import type { Ctx } from './Context';
import { parseReference } from './referenceCode';
import { statusText } from './statusText';

type Catalogue = Awaited<ReturnType<SessionService['catalogue']>>;
type Status = Awaited<ReturnType<SessionService['requestStatus']>>;
type Folder = Awaited<ReturnType<SessionService['citizenFolder']>>;
type Queue = Awaited<ReturnType<SessionService['queue']>>;

/**
 * The published procedures a viewer can start: the web ones for citizens, the agent ones for staff. `q` matches
 * title and description, ignoring case and accents.
 * @internal
 */
export async function catalogue(
  ctx: Ctx,
  viewer: Viewer,
  query: { q?: string; language: Parameters<SessionService['catalogue']>[1]['language'] },
): Promise<Catalogue> {
  const channel = viewer.role === 'citizen' ? 'web' : agentLevel(viewer.role) > 0 ? 'agent' : undefined;
  const needle = fold(query.q ?? '');
  const lang = query.language ?? 'es';
  return (await ctx.packages.all())
    .filter((p) => !channel || p.manifest.channels.includes(channel))
    .map((p) => ({
      id: p.procedureId,
      title: p.manifest.title[lang],
      description: p.manifest.description[lang],
      channels: [...p.manifest.channels],
      identificationLevel: p.manifest.identificationLevel,
    }))
    .filter((e) => !needle || fold(`${e.title} ${e.description}`).includes(needle))
    .sort((a, b) => a.title.localeCompare(b.title, lang));
}

/**
 * "¿Cómo va lo mío?": the state of a request by its reference, on any channel. It says the type, the state and a
 * sentence about it — nothing personal — so a reference is enough; staff asking about a protected person give a
 * reason, which is audited.
 * @internal
 */
export async function requestStatus(
  ctx: Ctx,
  viewer: Viewer,
  reference: string,
  language: Parameters<SessionService['requestStatus']>[2],
): Promise<Status> {
  const canonical = parseReference(reference);
  if (!canonical) throw ChannelsErrors.referenceInvalid(reference);
  const request = await ctx.store.requestByReference(canonical);
  if (!request) throw ChannelsErrors.requestNotFound(canonical);
  if (request.protectedPerson)
    await protectedRead(ctx, viewer, { citizenId: request.citizenId, requestId: request.id }, 'status');
  const pkg = await ctx.packages.get(request.procedureId, request.procedureVersion).catch(() => undefined);
  return {
    reference: request.reference,
    type: request.type,
    state: request.state,
    text: statusText(pkg, request.state, language ?? 'es'),
    updatedAt: request.updatedAt.toISOString(),
  };
}

/**
 * The citizen folder (Carpeta del Ciudadano): every request of a citizen, on every channel, newest first. A
 * citizen sees only their own — the citizen they identified as — and any other id is refused as unknown; staff
 * see any citizen's, with a reason for a protected person.
 * @internal
 */
export async function citizenFolder(ctx: Ctx, viewer: Viewer, citizenId: string): Promise<Folder> {
  const id = String(citizenId ?? '')
    .trim()
    .toUpperCase();
  if (viewer.role === 'citizen') {
    const own = viewer.citizenId?.toUpperCase() ?? (await ctx.store.ownedCitizen(viewer.userId));
    if (!own || own !== id) throw ChannelsErrors.citizenNotFound(id);
  } else if (agentLevel(viewer.role) === 0) {
    throw ChannelsErrors.forbidden(viewer.role, 'open citizen folders');
  }
  const requests = await ctx.store.requestsOfCitizen(id);
  if (requests.some((r) => r.protectedPerson)) await protectedRead(ctx, viewer, { citizenId: id }, 'folder');
  return requests.map((r) => ({
    id: r.id,
    reference: r.reference,
    type: r.type,
    state: r.state,
    entryChannel: r.entryChannel,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  }));
}

/** Sessions waiting for an agent of `level`, oldest first: help requests and hand-offs (1), escalations (2). @internal */
export async function queue(ctx: Ctx, viewer: Viewer, level: 1 | 2): Promise<Queue> {
  if (level !== 1 && level !== 2) throw ChannelsErrors.inputInvalid('queue level is 1 or 2');
  if (agentLevel(viewer.role) < level) throw ChannelsErrors.forbidden(viewer.role, `read the level-${level} queue`);
  return (await ctx.store.queue(level)).map((r) => ({
    sessionId: r.id,
    reference: r.reference,
    procedureId: r.procedure_id,
    reason: r.queue_reason ?? '',
    since: new Date(r.queued_at).toISOString(),
  }));
}

// helpers
function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .trim();
}
