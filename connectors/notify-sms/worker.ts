import { defineConnector } from '../src/defineConnector';
import { renderMessage } from '../src/notifications';
import template from './template.json' with { type: 'json' };
import type { NotifySmsInputs, NotifySmsOutputs } from './types.generated';

/**
 * `notify.sms`: sends one of Cauce's notices by SMS, worded by the worker in the citizen's language (es when
 * missing). It has no business errors: a number the gateway refuses is an incident, since the process should
 * only route here when the citizen has a mobile on file. A retried task sends no second SMS (Idempotency-Key).
 * @public
 */
export const notifySms = defineConnector<NotifySmsInputs, NotifySmsOutputs>({
  name: 'notify-sms',
  service: 'sms',
  template,
  async run(inputs, { system }) {
    const message = renderMessage(inputs.template, 'sms', inputs.language ?? 'es', inputs.params ?? {});
    if (message.channel !== 'sms') throw new Error('unreachable: an SMS template rendered as email');
    const sent = await system.post<{ messageId: string }>('/messages', { to: inputs.to.trim(), text: message.text });
    return { messageId: sent.messageId };
  },
});
