import type { Ctx } from './Context';
import { stepChannels, type Position } from './locate';
import type { Session } from './Session';

/**
 * The answered steps a session may go back to and change: steps of the process level (a revision restarts the
 * instance there) performed on this channel, answered after the last connector with side effects ran. Going back
 * past such a connector (a card requested, an email sent) would call it again, so it is never offered — the
 * citizen asks for help instead. Returns the ids of those step records.
 * @internal
 */
export async function changeableSteps(ctx: Ctx, session: Session, pos: Position): Promise<Set<number>> {
  const out = new Set<number>();
  if (!pos.snapshot || pos.snapshot.state !== 'ACTIVE' || pos.status === 'handed-off' || pos.status === 'done')
    return out;
  const events = await ctx.state.activityEnds(
    pos.request.instanceIds.length ? pos.request.instanceIds : [pos.snapshot.id],
  );
  let lastSideEffect = 0;
  for (const e of events) {
    const node = pos.model.nodes[e.elementId];
    if (node?.topic && !ctx.readOnlyTopic(node.topic)) lastSideEffect = Math.max(lastSideEffect, e.id);
  }
  for (const row of pos.log) {
    const node = pos.model.nodes[row.stepId];
    if (!node || node.scope !== pos.model.id || !stepChannels(node.step).includes(session.channel)) continue;
    const done = events.filter((e) => e.instanceId === row.instanceId && e.elementId === row.stepId).at(-1);
    if (done && done.id > lastSideEffect) out.add(row.id);
  }
  return out;
}

/**
 * Default rule for {@link Ctx.readOnlyTopic}: a topic (`<system>.<verb-noun>`) is read-only when one of its words
 * is a reading verb — get, check, lookup, search, list, read, query, status, find, fetch, verify, validate,
 * calculate, simulate, eligibility, slots. Anything else (request, send, notify, change, book, cancel…) is taken
 * to have side effects, the safe default.
 * @internal
 */
export function defaultReadOnlyTopic(topic: string): boolean {
  return topic
    .toLowerCase()
    .split(/[.\-_:/]/)
    .some((w) => READING.has(w));
}

const READING = new Set([
  'get',
  'check',
  'lookup',
  'search',
  'list',
  'read',
  'query',
  'status',
  'find',
  'fetch',
  'verify',
  'validate',
  'calculate',
  'simulate',
  'eligibility',
  'slots',
]);
