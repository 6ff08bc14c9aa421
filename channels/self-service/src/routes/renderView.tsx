import { exhaustive } from '@cauce/schemas';
import type { FieldError, StepView } from '../contract';
import type { FastifyReply, FastifyRequest } from '../http/fastify';
import type { Pages } from '../http/pageContext';
import { DonePage } from '../pages/DonePage';
import { HandedOffPage } from '../pages/HandedOffPage';
import { IdentifyPage } from '../pages/IdentifyPage';
import { sessionPath } from '../pages/SessionActions';
import { StepPage } from '../pages/StepPage';
import { WorkingPage } from '../pages/WorkingPage';

/**
 * The page for where a session stands — the one place that switches on the view's status: a step, an
 * identification form, the working page, the hand-off page or the confirmation. Rendered in the view's language;
 * the language links reload the session's own URL.
 * @internal
 */
export function renderView(
  pages: Pages,
  request: FastifyRequest,
  reply: FastifyReply,
  view: StepView,
  extra: { wait?: number; identifyErrors?: FieldError[]; posted?: Record<string, string> } = {},
): FastifyReply {
  const shell = pages.shell(request, view.language, sessionPath(pages.base, view.sessionId));
  switch (view.status) {
    case 'step':
      return pages.send(reply, 200, <StepPage shell={shell} view={view} />);
    case 'identify':
      return pages.send(
        reply,
        200,
        <IdentifyPage shell={shell} view={view} errors={extra.identifyErrors} posted={extra.posted} />,
      );
    case 'working':
      return pages.send(
        reply,
        200,
        <WorkingPage shell={shell} view={view} wait={extra.wait ?? 0} maxWaits={pages.maxWaits} />,
      );
    case 'handed-off':
      return pages.send(reply, 200, <HandedOffPage shell={shell} view={view} />);
    case 'done':
      return pages.send(reply, 200, <DonePage shell={shell} view={view} />);
    default:
      return exhaustive(view.status, 'session status');
  }
}
