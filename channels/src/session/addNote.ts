import type { StepView, Viewer } from '../contract';
import { ChannelsErrors } from '../errors';
import { agentLevel, audit, canWrite } from './access';
import type { Ctx } from './Context';
import { loadSession, respond } from './respond';

/** The longest note, in characters (code points), as for escalation and close notes. @internal */
export const NOTE_MAX_LENGTH = 2000;

/**
 * An agent's note on the session's service request, kept at once in `service_request.notes` (at, by, role, text):
 * what the caller said, what was checked, before anything is escalated or closed. Only the agent who owns the
 * session writes it (citizens cannot: they speak through help); the second level sees it in the queue's context and
 * in the session it takes over. A note may follow a close (a call back), but not a session another one took over.
 * The audit log records that a note was written, not its text (the text is in the request).
 * @internal
 */
export async function addNote(ctx: Ctx, viewer: Viewer, sessionId: string, text: string): Promise<StepView> {
  const session = await loadSession(ctx, sessionId);
  await canWrite(ctx, viewer, session, 'note');
  if (agentLevel(viewer.role) === 0) throw ChannelsErrors.forbidden(viewer.role, 'write notes on a service request');
  const note = typeof text === 'string' ? text.trim() : '';
  const length = [...note].length;
  if (length === 0 || length > NOTE_MAX_LENGTH) throw ChannelsErrors.noteInvalid(NOTE_MAX_LENGTH, length);
  if (session.supersededBy) throw ChannelsErrors.actionNotAllowed('note', 'the request continues in another session');
  const now = ctx.clock();
  await ctx.store.addNote(session.serviceRequestId, { by: viewer.userId, role: viewer.role, text: note }, now);
  await audit(ctx, viewer, session, 'note', { length });
  return respond(ctx, viewer, session);
}
