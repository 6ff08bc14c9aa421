import type { SessionService, StepView, Viewer } from '../contract';
import { ChannelsErrors } from '../errors';
import { IDENTIFICATION_MESSAGES, otpMessage, type ProtocolQuestion } from '../identity/identificationTexts';
import { hashOtp, maskEmail, maskPhone, newOtp, otpMatches } from '../identity/otp';
import { chooseQuestions, protocolMatches } from '../identity/protocol';
import { audit, canWrite } from './access';
import { completeClaim } from './claims';
import type { Ctx } from './Context';
import { locate } from './locate';
import { loadSession, respond } from './respond';
import type { Session } from './Session';
import { startInstance } from './startSession';

type IdentifyInput = Parameters<SessionService['identify']>[2];

const OTP_TTL_MS = 5 * 60_000;
const OTP_ATTEMPTS = 3;
const OTP_SENDS = 3;

/**
 * Raises a session's identification level. Level 1: the protocol questions, checked against the affiliation
 * record (3 tries per session, then CAUCE_ERR_IDENTIFICATION_LOCKED; a wrong answer never says which). Level 2:
 * a 6-digit one-time code sent by SMS or email to the contact on file, stored as a keyed hash, valid 5 minutes,
 * 3 tries per code and 3 codes per session. Wrong answers and codes come back as `errors` in the view. Reaching
 * the level the procedure needs starts its instance.
 * @internal
 */
export async function identifySession(
  ctx: Ctx,
  viewer: Viewer,
  sessionId: string,
  input: IdentifyInput,
): Promise<StepView> {
  const session = await loadSession(ctx, sessionId);
  await canWrite(ctx, viewer, session, 'identify');
  switch (input.method) {
    case 'protocol':
      return protocol(ctx, viewer, session, input.answers ?? {});
    case 'otp-send':
      return otpSend(ctx, viewer, session, input.channel);
    case 'otp':
      return otpCheck(ctx, viewer, session, String(input.code ?? ''));
    default:
      throw ChannelsErrors.inputInvalid(`unknown identification method '${(input as { method?: string }).method}'`);
  }
}

// helpers
async function protocol(
  ctx: Ctx,
  viewer: Viewer,
  session: Session,
  answers: Record<string, string>,
): Promise<StepView> {
  if (session.reached >= 1) return respond(ctx, viewer, session);
  if (session.protocolAttemptsLeft <= 0) throw ChannelsErrors.identificationLocked();
  const questions: ProtocolQuestion[] = session.protocol?.questions ?? chooseQuestions(undefined).questions;
  const missing = questions.filter((q) => !String(answers[q] ?? '').trim());
  if (missing.length)
    return respond(ctx, viewer, session, {
      errors: missing.map((field) => ({ field, message: IDENTIFICATION_MESSAGES.required[session.language] })),
    });
  const citizenId = (session.citizenId ?? String(answers.citizenId)).trim().toUpperCase();
  const record = await ctx.systems.citizen(citizenId);
  const now = ctx.clock();
  if (!record || !protocolMatches(record, questions, answers)) {
    session.protocolAttemptsLeft -= 1;
    await ctx.store.saveSession(session, now);
    await audit(ctx, viewer, session, 'identify-failed', {
      method: 'protocol',
      attemptsLeft: session.protocolAttemptsLeft,
    });
    return respond(ctx, viewer, session, {
      errors: [{ field: '', message: IDENTIFICATION_MESSAGES.mismatch[session.language] }],
    });
  }
  Object.assign(session, {
    citizenId: record.id,
    reached: 1,
    method: 'protocol',
    protectedPerson: session.protectedPerson || record.protectedPerson,
  });
  await ctx.store.saveSession(session, now);
  await audit(ctx, viewer, session, 'identified', { method: 'protocol', level: 1 });
  return afterLevel(ctx, viewer, session);
}

async function otpSend(ctx: Ctx, viewer: Viewer, session: Session, channel: 'sms' | 'email'): Promise<StepView> {
  if (session.reached < 1 || !session.citizenId)
    throw ChannelsErrors.actionNotAllowed('otp-send', 'answer the identification questions first');
  if (session.otpSends >= OTP_SENDS) throw ChannelsErrors.otpSendLimit(session.otpSends);
  const record = await ctx.systems.citizen(session.citizenId);
  const to = channel === 'sms' ? record?.phone : record?.email;
  if (!to) throw ChannelsErrors.otpChannelUnavailable(channel === 'sms' ? 'mobile phone' : 'email address');
  const code = newOtp();
  const message = otpMessage(session.language, code);
  const key = `${session.id}-otp-${session.otpSends + 1}`;
  if (channel === 'sms') await ctx.systems.sendSms({ to, text: message.sms, idempotencyKey: key });
  else await ctx.systems.sendEmail({ to, subject: message.subject, body: message.body, idempotencyKey: key });
  const now = ctx.clock();
  Object.assign(session, {
    otpHash: hashOtp(ctx.otpSecret, session.id, code),
    otpExpiresAt: new Date(now.getTime() + OTP_TTL_MS),
    otpAttemptsLeft: OTP_ATTEMPTS,
    otpSentTo: channel === 'sms' ? maskPhone(to) : maskEmail(to),
    otpSends: session.otpSends + 1,
  });
  await ctx.store.saveSession(session, now);
  await audit(ctx, viewer, session, 'otp-sent', { channel });
  return respond(ctx, viewer, session);
}

async function otpCheck(ctx: Ctx, viewer: Viewer, session: Session, code: string): Promise<StepView> {
  if (!session.otpHash || !session.otpExpiresAt) throw ChannelsErrors.otpNotSent();
  const messages = IDENTIFICATION_MESSAGES;
  const lang = session.language;
  const now = ctx.clock();
  const typed = code.replace(/\s/g, '');
  if (!/^\d{6}$/.test(typed))
    return respond(ctx, viewer, session, { errors: [{ field: 'code', message: messages.otpFormat[lang] }] });
  if (now.getTime() > session.otpExpiresAt.getTime()) {
    Object.assign(session, { otpHash: null, otpExpiresAt: null, otpAttemptsLeft: 0 });
    await ctx.store.saveSession(session, now);
    return respond(ctx, viewer, session, { errors: [{ field: 'code', message: messages.otpExpired[lang] }] });
  }
  if (!otpMatches(ctx.otpSecret, session.id, typed, session.otpHash)) {
    session.otpAttemptsLeft -= 1;
    const exhausted = session.otpAttemptsLeft <= 0;
    if (exhausted) Object.assign(session, { otpHash: null, otpExpiresAt: null });
    await ctx.store.saveSession(session, now);
    await audit(ctx, viewer, session, 'identify-failed', { method: 'otp', attemptsLeft: session.otpAttemptsLeft });
    return respond(ctx, viewer, session, {
      errors: [{ field: 'code', message: (exhausted ? messages.otpExhausted : messages.otpWrong)[lang] }],
    });
  }
  Object.assign(session, {
    reached: Math.max(session.reached, 2),
    method: 'otp',
    otpHash: null,
    otpExpiresAt: null,
    otpAttemptsLeft: 0,
  });
  await ctx.store.saveSession(session, now);
  await audit(ctx, viewer, session, 'identified', { method: 'otp', level: 2 });
  return afterLevel(ctx, viewer, session);
}

/** After a level is reached: a claim takes over its session; an unstarted procedure starts. */
async function afterLevel(ctx: Ctx, viewer: Viewer, session: Session): Promise<StepView> {
  if (session.claimOf) await completeClaim(ctx, session);
  if (!session.instanceId) {
    const pos = await locate(ctx, session);
    if (session.reached >= pos.pkg.manifest.identificationLevel) await startInstance(ctx, session, pos.pkg);
  }
  return respond(ctx, viewer, session);
}
