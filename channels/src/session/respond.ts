import type { FieldError, Language, StepView, Viewer } from '../contract';
import { ChannelsErrors } from '../errors';
import { buildView } from './buildView';
import type { Ctx } from './Context';
import { locate } from './locate';
import type { Session } from './Session';
import { syncRequest } from './syncRequest';

/** Locates the session, brings its service request up to date and renders the view. @internal */
export async function respond(
  ctx: Ctx,
  viewer: Viewer,
  session: Session,
  extra: { errors?: FieldError[]; posted?: Record<string, unknown>; language?: Language } = {},
): Promise<StepView> {
  const pos = await locate(ctx, session);
  await syncRequest(ctx, session, pos);
  return buildView(ctx, viewer, session, pos, extra);
}

/** A session by id, or CAUCE_ERR_SESSION_NOT_FOUND. @internal */
export async function loadSession(ctx: Ctx, sessionId: string): Promise<Session> {
  const session = await ctx.store.session(sessionId);
  if (!session) throw ChannelsErrors.sessionNotFound(sessionId);
  return session;
}
