import { defineConnector } from '../src/defineConnector';
import { renderMessage } from '../src/notifications';
import template from './template.json' with { type: 'json' };
import type { NotifyEmailInputs, NotifyEmailOutputs } from './types.generated';

/**
 * `notify.email`: sends one of Cauce's notices by email, worded by the worker in the citizen's language (es
 * when missing). No business errors: an address the server refuses is an incident. A retried task sends no
 * second email (Idempotency-Key).
 * @public
 */
export const notifyEmail = defineConnector<NotifyEmailInputs, NotifyEmailOutputs>({
  name: 'notify-email',
  service: 'email',
  template,
  async run(inputs, { system }) {
    const message = renderMessage(inputs.template, 'email', inputs.language ?? 'es', inputs.params ?? {});
    if (message.channel !== 'email') throw new Error('unreachable: an email template rendered as SMS');
    const sent = await system.post<{ messageId: string }>('/messages', {
      to: inputs.to.trim(),
      subject: message.subject,
      body: message.body,
    });
    return { messageId: sent.messageId };
  },
});
