/**
 * The contract between the engine-side session service and the channels that render it (agent console,
 * self-service pages). Every channel is a renderer of the same StepView; only the service decides what is
 * valid, what a viewer may see and where an instance goes next.
 * @public
 */
import type { Channel, Language, Role, StepView } from '@cauce/schemas';

/** The vocabulary, defined once in @cauce/schemas (`common.json`): languages, channels, roles. */
export type { Channel, Language, Role };

/** Who is asking. Citizens carry their own citizenId once identified; agents their user id and level. */
export interface Viewer {
  role: Role;
  userId: string;
  /** the citizen a citizen viewer is (set after identification) */
  citizenId?: string;
  /** stated reason, required to read a protected person's data (audited) */
  reason?: string;
}

/**
 * What every channel renders for the current step of a session, the errors in it and the actions it offers. These
 * are generated from `schemas/json/step-view.json` (the schema /api answers with), so the type and the HTTP
 * response cannot drift apart.
 */
export type { StepView, FieldError, FieldLabel, StepAction, ServiceRequestNote } from '@cauce/schemas';

export interface StartSessionInput {
  procedureId: string;
  channel: Channel;
  language: Language;
  citizenId?: string;
}

/** The operations every channel uses; HTTP routes under /api map 1:1 onto these. */
export interface SessionService {
  catalogue(
    viewer: Viewer,
    query: { q?: string; language: Language },
  ): Promise<
    Array<{ id: string; title: string; description: string; channels: Channel[]; identificationLevel: number }>
  >;
  start(viewer: Viewer, input: StartSessionInput): Promise<StepView>;
  view(viewer: Viewer, sessionId: string, language?: Language): Promise<StepView>;
  /** validates on the server; field errors come back in `errors` with status 'step'; `submissionId` makes it idempotent */
  submit(
    viewer: Viewer,
    sessionId: string,
    input: { stepId: string; answers: Record<string, unknown>; submissionId: string },
  ): Promise<StepView>;
  back(viewer: Viewer, sessionId: string, input: { toStep: string }): Promise<StepView>;
  identify(
    viewer: Viewer,
    sessionId: string,
    input:
      | { method: 'protocol'; answers: Record<string, string> }
      | { method: 'otp-send'; channel: 'sms' | 'email' }
      | { method: 'otp'; code: string },
  ): Promise<StepView>;
  help(viewer: Viewer, sessionId: string, note?: string): Promise<StepView>;
  escalate(viewer: Viewer, sessionId: string, note: string): Promise<StepView>;
  resume(viewer: Viewer, reference: string): Promise<StepView>;
  close(viewer: Viewer, sessionId: string, input: { outcome: string; note?: string }): Promise<StepView>;
  /** an agent's note on the session's service request, kept at once (not only with escalate or close); 1–2000 characters */
  addNote(viewer: Viewer, sessionId: string, text: string): Promise<StepView>;
  requestStatus(
    viewer: Viewer,
    reference: string,
    language: Language,
  ): Promise<{ reference: string; type: string; state: string; text: string; updatedAt: string }>;
  citizenFolder(
    viewer: Viewer,
    citizenId: string,
  ): Promise<
    Array<{
      id: string;
      reference: string;
      type: string;
      state: string;
      entryChannel: Channel;
      createdAt: string;
      updatedAt: string;
    }>
  >;
  queue(
    viewer: Viewer,
    level: 1 | 2,
  ): Promise<Array<{ sessionId: string; reference: string; procedureId: string; reason: string; since: string }>>;
}
