import { PermanentFailure } from '../failures';
import { EMAIL_FRAME, MESSAGE_TEMPLATES, REJECTION_REASONS, type MessageLanguage } from './messageTemplates';

/** Longest SMS the gateway takes (3 concatenated parts). @public */
export const SMS_MAX_LENGTH = 320;

/** @public */
export type RenderedMessage = { channel: 'sms'; text: string } | { channel: 'email'; subject: string; body: string };

/**
 * Renders a notice in a language with its params. ISO dates (`2026-03-04`) are written as people of that
 * language write them; `reason` of `bank-details-rejected` is put in words. An unknown template, a template
 * this channel does not send, or a param the wording needs but is missing or empty is a modelling error: a
 * {@link PermanentFailure} (an incident), never a message with a hole in it. An SMS longer than 320 characters
 * (a very long street name) is cut with "…" rather than refused: the notice matters more than its tail.
 * @public
 */
export function renderMessage(
  template: string,
  channel: 'sms' | 'email',
  language: MessageLanguage,
  params: Record<string, unknown>,
): RenderedMessage {
  const spec = MESSAGE_TEMPLATES[template];
  if (!spec) throw new PermanentFailure(`no message template '${template}'`);
  const fill = (text: string) =>
    text.replace(/\{(\w+)\}/g, (_, name: string) => paramText(template, name, params[name], language));
  if (channel === 'sms') {
    if (!spec.sms) throw new PermanentFailure(`message template '${template}' is not sent by SMS`);
    const text = fill(spec.sms[language]);
    return { channel, text: text.length <= SMS_MAX_LENGTH ? text : `${text.slice(0, SMS_MAX_LENGTH - 1)}…` };
  }
  if (!spec.email) throw new PermanentFailure(`message template '${template}' is not sent by email`);
  const { subject, text } = spec.email[language];
  const frame = EMAIL_FRAME[language];
  return { channel, subject: fill(subject), body: `${frame.greeting}\n\n${fill(text)}\n\n${frame.signature}\n` };
}

// helpers

function paramText(template: string, name: string, value: unknown, language: MessageLanguage): string {
  if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) {
    throw new PermanentFailure(`message template '${template}' needs param '${name}'`);
  }
  const text = String(value).trim();
  if (name === 'reason') return REJECTION_REASONS[text]?.[language] ?? text;
  const date = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (date) return language === 'eu' ? `${date[1]}/${date[2]}/${date[3]}` : `${date[3]}/${date[2]}/${date[1]}`;
  return text;
}
