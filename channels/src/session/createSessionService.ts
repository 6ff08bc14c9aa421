import { randomBytes } from 'node:crypto';
import type { Db, Engine } from '@cauce/engine';
import type { Language, SessionService, Viewer } from '../contract';
import { httpCorporateSystems, type CorporateSystems } from '../identity/CorporateSystems';
import { PackageStore } from '../packages/PackageStore';
import { canRead } from './access';
import { addNote } from './addNote';
import { ChannelsStore } from './ChannelsStore';
import { defaultReadOnlyTopic } from './changeableSteps';
import type { Ctx } from './Context';
import { EngineState } from './EngineState';
import { goBack } from './goBack';
import { close, escalate, help, resume } from './handOff';
import { identifySession } from './identifySession';
import { catalogue, citizenFolder, queue, requestStatus } from './requests';
import { loadSession, respond } from './respond';
import { startSession } from './startSession';
import { submitStep } from './submitStep';

/** @public */
export interface SessionServiceOptions {
  db: Db;
  engine: Engine;
  /** base URL of the corporate systems (`<url>/sim/affiliation`, `/sim/sms`, `/sim/email`); default `CAUCE_SIMULATORS_URL` or http://127.0.0.1:4010 */
  simulatorsUrl?: string;
  /** the corporate systems themselves, instead of `simulatorsUrl` */
  systems?: CorporateSystems;
  /** the time the service sees (OTP expiry, timestamps); default the engine's clock */
  clock?: () => Date;
  /** how long a submit waits for connectors to reach the next step before answering 'working' (default 1500 ms) */
  settleMs?: number;
  /** key of the one-time-code hashes; default `CAUCE_OTP_SECRET`, else random per process (codes then die with it) */
  otpSecret?: string;
  /** whether re-calling a connector topic has no side effects (back may re-run it); default: a reading verb in the topic */
  readOnlyTopic?: (topic: string) => boolean;
}

/**
 * The session service every channel renders: self-service pages call it in process, the agent console through
 * the `/api` routes (channelsApi), which map 1:1 onto it. Only this service decides what a viewer may see and do,
 * what is valid and where an instance goes next. See CONTEXT.md and API.md.
 * @public
 */
export function createSessionService(opts: SessionServiceOptions): SessionService {
  const ctx: Ctx = {
    db: opts.db,
    engine: opts.engine,
    store: new ChannelsStore(opts.db),
    packages: new PackageStore(opts.db),
    state: new EngineState(opts.engine),
    systems:
      opts.systems ??
      httpCorporateSystems({
        simulatorsUrl: opts.simulatorsUrl ?? process.env.CAUCE_SIMULATORS_URL ?? 'http://127.0.0.1:4010',
      }),
    clock: opts.clock ?? opts.engine.clock,
    settleMs: opts.settleMs ?? 1500,
    otpSecret: otpSecret(opts.otpSecret),
    readOnlyTopic: opts.readOnlyTopic ?? defaultReadOnlyTopic,
  };
  return {
    catalogue: (viewer, query) => catalogue(ctx, viewer, query),
    start: (viewer, input) => startSession(ctx, viewer, input),
    view: (viewer, sessionId, language) => view(ctx, viewer, sessionId, language),
    submit: (viewer, sessionId, input) => submitStep(ctx, viewer, sessionId, input),
    back: (viewer, sessionId, input) => goBack(ctx, viewer, sessionId, input),
    identify: (viewer, sessionId, input) => identifySession(ctx, viewer, sessionId, input),
    help: (viewer, sessionId, note) => help(ctx, viewer, sessionId, note),
    escalate: (viewer, sessionId, note) => escalate(ctx, viewer, sessionId, note),
    resume: (viewer, reference) => resume(ctx, viewer, reference),
    close: (viewer, sessionId, input) => close(ctx, viewer, sessionId, input),
    addNote: (viewer, sessionId, text) => addNote(ctx, viewer, sessionId, text),
    requestStatus: (viewer, reference, language) => requestStatus(ctx, viewer, reference, language),
    citizenFolder: (viewer, citizenId) => citizenFolder(ctx, viewer, citizenId),
    queue: (viewer, level) => queue(ctx, viewer, level),
  };
}

// helpers
let processOtpSecret: Buffer | undefined;
/** The given key, else `CAUCE_OTP_SECRET`, else one random key per process, shared by every service in it. */
function otpSecret(given?: string): Buffer {
  const text = given || process.env.CAUCE_OTP_SECRET;
  if (text) return Buffer.from(text, 'utf8');
  processOtpSecret ??= randomBytes(32);
  return processOtpSecret;
}

/** The current view; an owner switching language keeps the new one for the session. */
async function view(ctx: Ctx, viewer: Viewer, sessionId: string, language?: Language) {
  const session = await loadSession(ctx, sessionId);
  await canRead(ctx, viewer, session);
  if (language && language !== session.language && session.ownerUserId === viewer.userId) {
    session.language = language;
    await ctx.store.saveSession(session, ctx.clock());
  }
  return respond(ctx, viewer, session, { language });
}
