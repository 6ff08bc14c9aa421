import type { FieldError, StepView } from '../contract';
import { one, type FormBody } from '../http/formBody';
import type { FastifyInstance, FastifyRequest } from '../http/fastify';
import type { Pages } from '../http/pageContext';
import { translator } from '../i18n';
import { sessionPath } from '../pages/SessionActions';
import { renderView } from './renderView';
import { formBody, POST_RESPONSES, sessionParams, shortText } from './schemas';

/**
 * Identification: the protocol answers, sending a one-time code (SMS or email) and checking it. Wrong answers
 * and codes come back from the session service as errors in the view and are shown at once (protocol answers as
 * typed; a code never); success goes on with a 303 to the session's page.
 * @internal
 */
export function identifyRoutes(app: FastifyInstance, pages: Pages): void {
  const sid = (request: FastifyRequest) => (request.params as { sessionId: string }).sessionId;

  app.post(
    '/solicitud/:sessionId/identificacion',
    {
      schema: {
        params: sessionParams,
        body: formBody(
          { method: { type: 'string', enum: ['protocol', 'otp-send', 'otp'] }, channel: shortText, code: shortText },
          ['method'],
        ),
        response: POST_RESPONSES,
      },
    },
    async (request, reply) => {
      const ctx = pages.request(request);
      const body = request.body as FormBody;
      const home = sessionPath(pages.base, sid(request));
      const current = await pages.sessions.view(ctx.viewer, sid(request));
      if (current.status !== 'identify') return pages.redirect(reply, home);
      const t = translator(current.language);
      let view: StepView;
      let posted: Record<string, string> | undefined;
      const errors: FieldError[] = [];
      switch (one(body, 'method')) {
        case 'protocol': {
          posted = {};
          for (const q of current.identification.questions ?? []) posted[q.id] = one(body, q.id).slice(0, 100);
          view = await pages.sessions.identify(ctx.viewer, sid(request), { method: 'protocol', answers: posted });
          break;
        }
        case 'otp-send': {
          const channel = one(body, 'channel');
          if (channel !== 'sms' && channel !== 'email') {
            errors.push({ field: 'channel', message: t('otpChooseRequired') });
            view = current;
            break;
          }
          try {
            view = await pages.sessions.identify(ctx.viewer, sid(request), { method: 'otp-send', channel });
          } catch (error) {
            const code = (error as { code?: string }).code;
            if (code !== 'CAUCE_ERR_OTP_CHANNEL_UNAVAILABLE' && code !== 'CAUCE_ERR_OTP_SEND_LIMIT') throw error;
            errors.push({
              field: 'channel',
              message: t(code === 'CAUCE_ERR_OTP_SEND_LIMIT' ? 'otpSendLimit' : 'otpChannelUnavailable'),
            });
            view = current;
          }
          break;
        }
        default: {
          view = await pages.sessions.identify(ctx.viewer, sid(request), {
            method: 'otp',
            code: one(body, 'code').slice(0, 20),
          });
          break;
        }
      }
      if (view.status === 'identify' && (view.errors.length || errors.length))
        return renderView(pages, request, reply, view, { identifyErrors: errors, posted });
      return pages.redirect(reply, home);
    },
  );
}
