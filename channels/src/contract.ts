/**
 * The contract between the engine-side session service and the channels that render it (agent console,
 * self-service pages). Every channel is a renderer of the same StepView; only the service decides what is
 * valid, what a viewer may see and where an instance goes next.
 * @public
 */
export type Language = 'es' | 'ca' | 'eu' | 'gl' | 'en';
export type Channel = 'agent' | 'web';
export type Role = 'citizen' | 'agent-l1' | 'agent-l2' | 'supervisor' | 'specialist' | 'integrator' | 'admin';

/** Who is asking. Citizens carry their own citizenId once identified; agents their user id and level. */
export interface Viewer {
  role: Role;
  userId: string;
  /** the citizen a citizen viewer is (set after identification) */
  citizenId?: string;
  /** stated reason, required to read a protected person's data (audited) */
  reason?: string;
}

export interface FieldError {
  /** dotted path of the field, e.g. `address.postcode` */
  field: string;
  message: string;
}

export type StepAction = 'next' | 'back' | 'escalate' | 'help' | 'save' | 'close';

/** What every channel renders for the current step of a session. */
export interface StepView {
  sessionId: string;
  reference: string;
  procedure: { id: string; version: string; title: string };
  channel: Channel;
  language: Language;
  status: 'step' | 'identify' | 'working' | 'handed-off' | 'done';
  step?: {
    id: string;
    title: string;
    /** text for this channel and language, `{{variables}}` filled in */
    text: string;
    /** the step's JSON Schema narrowed to this channel and the viewer's role */
    form: Record<string, unknown>;
    /** labels, help and option labels per field, in the language */
    labels: Record<string, { label: string; help?: string; options?: Record<string, string> }>;
  };
  answers: Record<string, unknown>;
  /** connector results shown beside the script (agent) or as confirmation (web) */
  data: Record<string, unknown>;
  errors: FieldError[];
  progress: { done: number; total: number; steps: Array<{ id: string; title: string; state: 'done' | 'current' | 'todo' }> };
  identification: { reached: 0 | 1 | 2 | 3; needed: 0 | 1 | 2 | 3; method?: 'protocol' | 'otp'; questions?: Array<{ id: string; label: string }>; otpSentTo?: string; attemptsLeft?: number };
  actions: StepAction[];
  outcome?: { state: string; text: string };
  serviceRequest: { id: string; reference: string; state: string };
  /** the procedure's common texts for this channel and language (`intro`, `help`, `handOff`, `confirmation`…), filled in */
  texts?: Partial<Record<'intro' | 'identification' | 'help' | 'handOff' | 'checkAnswers' | 'saveAndReturn' | 'confirmation' | 'end', string>>;
  /** answered steps, for check-your-answers: labels, values, and whether `back` may reach the step to change it */
  review?: Array<{ stepId: string; title: string; changeable: boolean; fields: Array<{ field: string; label: string; value: unknown; text: string }> }>;
  /** true when `step` is an earlier step shown again to change its answers (after `back`) */
  revising?: boolean;
}

export interface StartSessionInput {
  procedureId: string;
  channel: Channel;
  language: Language;
  citizenId?: string;
}

/** The operations every channel uses; HTTP routes under /api map 1:1 onto these. */
export interface SessionService {
  catalogue(viewer: Viewer, query: { q?: string; language: Language }): Promise<Array<{ id: string; title: string; description: string; channels: Channel[]; identificationLevel: number }>>;
  start(viewer: Viewer, input: StartSessionInput): Promise<StepView>;
  view(viewer: Viewer, sessionId: string, language?: Language): Promise<StepView>;
  /** validates on the server; field errors come back in `errors` with status 'step'; `submissionId` makes it idempotent */
  submit(viewer: Viewer, sessionId: string, input: { stepId: string; answers: Record<string, unknown>; submissionId: string }): Promise<StepView>;
  back(viewer: Viewer, sessionId: string, input: { toStep: string }): Promise<StepView>;
  identify(viewer: Viewer, sessionId: string, input: { method: 'protocol'; answers: Record<string, string> } | { method: 'otp-send'; channel: 'sms' | 'email' } | { method: 'otp'; code: string }): Promise<StepView>;
  help(viewer: Viewer, sessionId: string, note?: string): Promise<StepView>;
  escalate(viewer: Viewer, sessionId: string, note: string): Promise<StepView>;
  resume(viewer: Viewer, reference: string): Promise<StepView>;
  close(viewer: Viewer, sessionId: string, input: { outcome: string; note?: string }): Promise<StepView>;
  requestStatus(viewer: Viewer, reference: string, language: Language): Promise<{ reference: string; type: string; state: string; text: string; updatedAt: string }>;
  citizenFolder(viewer: Viewer, citizenId: string): Promise<Array<{ id: string; reference: string; type: string; state: string; entryChannel: Channel; createdAt: string; updatedAt: string }>>;
  queue(viewer: Viewer, level: 1 | 2): Promise<Array<{ sessionId: string; reference: string; procedureId: string; reason: string; since: string }>>;
}
