import { ApiError, type ApiClient } from '../api/ApiClient';
import type { IdentifyInput, Language, StepView } from '../api/types';
import { initialState, type ConsoleState, type Screen } from './ConsoleState';
import type { Store } from './Store';

/** Where the console keeps the login across reloads (sessionStorage in the browser, a Map in tests). */
export interface KeyValue {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** How often and how long a 'working' view is polled until the connectors answer. */
const POLL_MS = 400;
const POLL_LIMIT = 75;

/**
 * Every change of the console's state: each command calls `/api` through the ApiClient and puts what comes back in
 * the store. Errors become notices (by code, translated when shown); a protected person's data refused for lack of a
 * reason asks the agent for one and retries the same call; an expired login goes back to the login screen.
 */
export class ConsoleCommands {
  private retry: (() => Promise<void>) | undefined;
  /** the reference a refused resume was for: the reason given then belongs to it */
  private pendingReference: string | undefined;
  private poll: ReturnType<typeof setTimeout> | undefined;
  private polls = 0;

  constructor(
    private readonly store: Store<ConsoleState>,
    private readonly api: ApiClient,
    private readonly keep: KeyValue = memory(),
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** Picks up a login kept from before a reload. */
  restore(): void {
    const kept = this.keep.getItem('cauce.agent');
    const language = this.keep.getItem('cauce.language') as Language | null;
    if (language) this.store.set({ language });
    if (!kept) return;
    try {
      const { token, user } = JSON.parse(kept);
      this.api.token = token;
      this.store.set({ user, screen: 'catalogue' });
      void this.search('');
    } catch {
      this.keep.removeItem('cauce.agent');
    }
  }

  async login(user: string, password: string): Promise<void> {
    await this.run(async () => {
      const result = await this.api.login(user.trim(), password);
      this.api.token = result.token;
      this.keep.setItem('cauce.agent', JSON.stringify({ token: result.token, user: result.user }));
      this.store.set({ user: result.user, screen: 'catalogue', announcement: result.user.name });
      await this.loadCatalogue('');
    });
  }

  logout(): void {
    this.stopPolling();
    this.api.token = undefined;
    this.api.reason = undefined;
    this.keep.removeItem('cauce.agent');
    this.store.replace(initialState(this.state.language));
  }

  setLanguage(language: Language): void {
    this.keep.setItem('cauce.language', language);
    this.store.set({ language });
    const { session, user } = this.state;
    if (!user) return;
    void this.run(async () => {
      if (session && session.status !== 'done')
        this.show(await this.api.view(session.sessionId, language), { focus: false });
      await this.loadCatalogue(this.state.catalogue.q);
    });
  }

  go(screen: Exclude<Screen, 'login'>): void {
    this.store.set({ screen, notice: undefined });
    if (screen === 'queue') void this.loadQueue(this.state.queue.level);
    if (screen === 'catalogue' && !this.state.catalogue.loaded) void this.search('');
    if (screen === 'folder') {
      const id = citizenOf(this.state.session, this.state.citizens) || this.state.folder.citizenId;
      if (id) void this.openFolder(id);
    }
  }

  search(q: string): Promise<void> {
    return this.run(() => this.loadCatalogue(q));
  }

  /** Starts a procedure on the agent channel; naming the caller's DNI draws the protocol questions from their record. */
  start(procedureId: string, citizenId?: string): Promise<void> {
    // a reason given for another request does not carry over (set before run: a retry keeps the new one)
    this.api.reason = undefined;
    this.pendingReference = undefined;
    this.store.set({ reason: undefined });
    const citizen = citizenId?.trim().toUpperCase();
    return this.run(async () => {
      const view = await this.api.start({
        procedureId,
        language: this.state.language,
        ...(citizen ? { citizenId: citizen } : {}),
      });
      if (citizen) this.remember(view.reference, citizen);
      this.show(view);
    });
  }

  identify(input: IdentifyInput): Promise<void> {
    const said = input.method === 'protocol' ? input.answers.citizenId?.trim().toUpperCase() : undefined;
    return this.step(async (id) => {
      const view = await this.api.identify(id, input);
      if (said && view.identification.reached >= 1) this.remember(view.reference, said);
      return view;
    });
  }

  /** Answers the current step; `answers` as readAnswers() builds them from the form. */
  submit(answers: Record<string, unknown>): Promise<void> {
    const stepId = this.state.session?.step?.id;
    if (!stepId) return Promise.resolve();
    const submissionId = this.state.submissionId || newId();
    return this.step((id) => this.api.submit(id, { stepId, answers, submissionId }));
  }

  /** Goes back to an earlier step to change its answers; without a step, to the last one that can be changed. */
  back(toStep?: string): Promise<void> {
    const session = this.state.session;
    const target = toStep ?? [...(session?.review ?? [])].reverse().find((r) => r.changeable)?.stepId;
    if (!session || !target || !session.actions.includes('back')) return Promise.resolve();
    return this.step((id) => this.api.back(id, target));
  }

  escalate(note: string): Promise<void> {
    const reference = this.state.session?.reference;
    return this.step(
      async (id) => {
        const view = await this.api.escalate(id, note.trim());
        if (reference) this.sentDraft(reference, note);
        return view;
      },
      { focus: true },
    );
  }

  /** Closes the service request with its outcome (`resolved`, `informed`, `cancelled`) and the agent's note. */
  close(outcome: string, note: string): Promise<void> {
    const reference = this.state.session?.reference;
    return this.step(
      async (id) => {
        const view = await this.api.close(id, { outcome, ...(note.trim() ? { note: note.trim() } : {}) });
        if (reference) {
          this.store.set({
            closed: { ...this.state.closed, [reference]: outcome },
            notice: { kind: 'info', key: 'session.closed' },
          });
          this.sentDraft(reference, note);
        }
        return view;
      },
      { focus: true },
    );
  }

  /** Takes a request by its reference code: a citizen's web session after "ask for help", or a queued one. */
  resume(reference: string): Promise<void> {
    const code = reference.trim().toUpperCase();
    if (this.state.reason?.reference !== code) this.api.reason = undefined;
    this.pendingReference = code;
    return this.run(async () => {
      this.store.set({ queue: { ...this.state.queue, preview: undefined } });
      this.show(await this.api.resume(code));
    });
  }

  /** Leaves the finished (or abandoned) session and goes back to the catalogue. */
  finish(): void {
    this.stopPolling();
    this.api.reason = undefined;
    this.store.set({ session: undefined, reason: undefined, screen: 'catalogue', notice: undefined });
  }

  /** The note being typed (not yet saved), kept per request so switching screens loses nothing. */
  setNote(text: string): void {
    const reference = this.state.session?.reference;
    if (reference) this.store.set({ notes: { ...this.state.notes, [reference]: text } });
  }

  /**
   * Saves the note being typed on the service request now (`POST /api/sessions/:id/notes`), not only with an
   * escalation or the close: the view that comes back lists it, and the draft is emptied. The script does not move,
   * so focus stays where it is; an info notice (a status region) says it was saved.
   */
  saveNote(): Promise<void> {
    const session = this.state.session;
    const text = session ? (this.state.notes[session.reference] ?? '').trim() : '';
    if (!session || !text) return Promise.resolve();
    return this.run(async () => {
      const view = await this.api.addNote(session.sessionId, text);
      this.store.set({ notes: { ...this.state.notes, [session.reference]: '' } });
      this.show(view, { focus: false });
      this.store.set({ notice: { kind: 'info', key: 'notes.saved' } });
    });
  }

  loadQueue(level: 1 | 2): Promise<void> {
    return this.run(async () => {
      const items = await this.api.queue(level);
      this.store.set({ queue: { level, items, loaded: true }, announcement: String(items.length) });
    });
  }

  /** Shows the full context of a queued request (answers, connector data, reason) before taking it. */
  preview(sessionId: string): Promise<void> {
    return this.run(async () => {
      const preview = await this.api.view(sessionId, this.state.language);
      this.store.set({ queue: { ...this.state.queue, preview } });
    });
  }

  openFolder(citizenId: string): Promise<void> {
    return this.run(async () => {
      const id = citizenId.trim().toUpperCase();
      this.store.set({ screen: 'folder', folder: { citizenId: id, items: [], loaded: false } });
      const items = await this.api.citizenFolder(id);
      this.store.set({ folder: { citizenId: id, items, loaded: true } });
    });
  }

  /** The agent states why they read a protected person's data; the refused call is made again with it. */
  giveReason(text: string): Promise<void> {
    const retry = this.retry;
    this.api.reason = text.trim();
    this.store.set({
      reasonNeeded: false,
      reason: { reference: this.pendingReference ?? this.state.session?.reference, text: text.trim() },
    });
    this.retry = undefined;
    return retry ? retry() : Promise.resolve();
  }

  cancelReason(): void {
    this.retry = undefined;
    this.store.set({ reasonNeeded: false });
  }

  dismissNotice(): void {
    this.store.set({ notice: undefined });
  }

  // helpers
  private get state(): ConsoleState {
    return this.store.getSnapshot();
  }

  /** An escalation or close note that was the unsaved draft went to the request with it: the draft is spent. */
  private sentDraft(reference: string, sent: string): void {
    if ((this.state.notes[reference] ?? '').trim() === sent.trim())
      this.store.set({ notes: { ...this.state.notes, [reference]: '' } });
  }

  private remember(reference: string, citizenId: string): void {
    this.store.set({ citizens: { ...this.state.citizens, [reference]: citizenId } });
  }

  private async loadCatalogue(q: string): Promise<void> {
    const items = await this.api.catalogue(q, this.state.language);
    this.store.set({ catalogue: { q, items, loaded: true } });
  }

  /** A call that moves the script: timed, and its view replaces the current one. */
  private step(call: (sessionId: string) => Promise<StepView>, opts: { focus?: boolean } = {}): Promise<void> {
    const session = this.state.session;
    if (!session) return Promise.resolve();
    return this.run(async () => {
      const started = this.now();
      const view = await call(session.sessionId);
      this.store.set({ lastStepMs: Math.round(this.now() - started) });
      this.show(view, opts);
    });
  }

  private show(view: StepView, opts: { focus?: boolean } = {}): void {
    this.stopPolling();
    const previous = this.state.session;
    const moved =
      !previous ||
      previous.sessionId !== view.sessionId ||
      previous.status !== view.status ||
      previous.step?.id !== view.step?.id ||
      !!view.revising !== !!previous.revising ||
      view.progress.done !== previous.progress.done ||
      view.identification.reached !== previous.identification.reached;
    const focus = opts.focus ?? true;
    this.store.set((s) => ({
      session: view,
      submissionId: newId(),
      screen: 'session',
      stepTicket: focus && (moved || view.errors.length > 0) ? s.stepTicket + 1 : s.stepTicket,
      announcement: view.errors.length ? `${view.errors.length}` : (view.step?.title ?? view.status),
    }));
    const reason = this.state.reason;
    if (reason && !reason.reference) this.store.set({ reason: { ...reason, reference: view.reference } });
    if (view.status === 'working') this.schedulePoll(view.sessionId);
    else this.polls = 0;
  }

  private schedulePoll(sessionId: string): void {
    if (this.polls++ >= POLL_LIMIT) return;
    this.poll = setTimeout(() => {
      this.api.view(sessionId).then(
        (view) => {
          if (this.state.session?.sessionId === sessionId) this.show(view);
        },
        () => this.schedulePoll(sessionId),
      );
    }, POLL_MS);
  }

  private stopPolling(): void {
    if (this.poll) clearTimeout(this.poll);
    this.poll = undefined;
  }

  private async run(action: () => Promise<void>): Promise<void> {
    this.store.set({ busy: true, notice: undefined });
    try {
      await action();
    } catch (error) {
      this.fail(error, action);
    } finally {
      this.store.set({ busy: false });
    }
  }

  private fail(error: unknown, action: () => Promise<void>): void {
    if (!(error instanceof ApiError)) {
      this.store.set({
        notice: { kind: 'error', key: 'error.unexpected', detail: String((error as Error)?.message ?? error) },
      });
      return;
    }
    if (error.status === 401 && error.code !== 'CAUCE_ERR_LOGIN_FAILED') {
      this.logout();
      this.store.set({ notice: { kind: 'error', key: 'error.sessionExpired' } });
      return;
    }
    if (error.code === 'CAUCE_ERR_REASON_REQUIRED') {
      this.retry = () => this.run(action);
      this.store.set({ reasonNeeded: true });
      return;
    }
    this.store.set({ notice: { kind: 'error', key: `error.${error.code}`, detail: error.message } });
  }
}

// helpers
function newId(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `${Date.now()}-${Math.random().toString(36).slice(2)}`;
}

/**
 * The citizen a view is about: the view's `citizenId` (the service sends it to staff whenever it is known), else the
 * citizen record a connector brought, a `citizenId` answer, or what the agent typed (start, protocol).
 */
export function citizenOf(view: StepView | undefined, known: Record<string, string> = {}): string {
  if (!view) return '';
  const data = view.data as { citizen?: { id?: unknown } };
  const candidates = [view.citizenId, data.citizen?.id, view.answers.citizenId, known[view.reference]];
  const id = candidates.find((c) => typeof c === 'string' && c.trim());
  return typeof id === 'string' ? id.toUpperCase() : '';
}

function memory(): KeyValue {
  const map = new Map<string, string>();
  return {
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, v),
    removeItem: (k) => void map.delete(k),
  };
}
