import { ApiError } from '../api/ApiError';
import type { DesignerClient } from '../api/DesignerClient';
import type { Files, OpenedDraft } from '../api/types';
import type { DraftEdit } from './DraftEdit';
import { DraftHistory } from './DraftHistory';
import { initialDraftState, type DraftState } from './DraftState';
import { Store } from './Store';

/** What the DraftStore needs of the server. */
export type DraftApi = Pick<DesignerClient, 'open' | 'save' | 'create'>;

/** Timers, injectable so tests run autosave without waiting. */
export interface Clock {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  now(): number;
}

/** Options of {@link DraftStore}. */
export interface DraftStoreOptions {
  /** quiet time after the last change before the draft is saved; default 1.5 s (docs/designer.md) */
  autosaveMs?: number;
  /** wait before retrying a save that could not reach the server; default 5 s */
  retryMs?: number;
  clock?: Clock;
}

const CONFLICT = 'CAUCE_ERR_DRAFT_CONFLICT';
const EXISTS = 'CAUCE_ERR_PROCEDURE_EXISTS';

/**
 * The draft being edited, and every way to change it: `change(edit)` is the one door editors use (forms, texts,
 * the flow's XML), `undo`/`redo` replay the form and text edits, autosave sends the files 1.5 s after the last
 * change with the revision they build on, and a save refused because someone else saved first (409) stops autosave
 * until the specialist picks `reloadTheirs` or `keepMineAsCopy` — nothing is lost silently.
 * @public
 */
export class DraftStore extends Store<DraftState> {
  private readonly history = new DraftHistory();
  private readonly clock: Clock;
  private readonly autosaveMs: number;
  private readonly retryMs: number;
  private timer: unknown;
  /** counts edits; a save that ends with the same count left nothing unsaved */
  private generation = 0;
  private saving: Promise<void> | undefined;

  constructor(
    private readonly api: DraftApi,
    opts: DraftStoreOptions = {},
  ) {
    super(initialDraftState());
    this.clock = opts.clock ?? {
      setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
      clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
      now: () => Date.now(),
    };
    this.autosaveMs = opts.autosaveMs ?? 1500;
    this.retryMs = opts.retryMs ?? 5000;
  }

  /** Opens a procedure's draft (saving the one open before, if it has changes). */
  async open(id: string, opts: { readOnly: boolean }): Promise<void> {
    if (this.getSnapshot().id && this.getSnapshot().id !== id) await this.close();
    this.replace({ ...initialDraftState(), id, loading: true, readOnly: opts.readOnly, loadTicket: this.nextTicket() });
    try {
      this.load(await this.api.open(id));
    } catch (error) {
      this.set({ loading: false, error: codeOf(error) });
    }
  }

  /** Saves what is unsaved, then forgets the draft (leaving the editor, signing out). */
  async close(): Promise<void> {
    await this.flush();
    this.clock.clearTimeout(this.timer);
    this.history.clear();
    this.replace({ ...initialDraftState(), loadTicket: this.nextTicket() });
  }

  /**
   * Applies an edit to the files: recorded for undo (unless `history: false`), marks the draft dirty and (re)starts
   * the autosave countdown. Ignored when the draft is read-only or none is open.
   */
  change(edit: DraftEdit): void {
    const state = this.getSnapshot();
    if (state.readOnly || !state.id) return;
    if (edit.history !== false) this.history.record(edit, state.files);
    this.apply(edit);
  }

  undo(): void {
    if (this.getSnapshot().readOnly) return;
    const edit = this.history.undo();
    if (edit) this.apply(edit);
  }

  redo(): void {
    if (this.getSnapshot().readOnly) return;
    const edit = this.history.redo();
    if (edit) this.apply(edit);
  }

  /** Ends a run of merged edits (a field lost focus): the next edit is an undo step of its own. */
  seal(): void {
    this.history.seal();
  }

  /** Saves now what is unsaved (the "save now" button, leaving the page); resolves when the server has it. */
  async flush(): Promise<void> {
    this.clock.clearTimeout(this.timer);
    if (this.saving) await this.saving;
    const state = this.getSnapshot();
    if (state.dirty && state.id && !state.conflict && !state.readOnly) await this.saveOnce();
  }

  /** Conflict: drop the local changes and take the server's draft (the other specialist's work). */
  async reloadTheirs(): Promise<void> {
    const id = this.getSnapshot().id;
    if (!id) return;
    this.clock.clearTimeout(this.timer);
    this.set({ loading: true });
    try {
      this.history.clear();
      this.load(await this.api.open(id));
    } catch (error) {
      this.set({ loading: false, error: codeOf(error) });
    }
  }

  /**
   * Conflict: keep the local files as a new procedure `<id>-copia-N` (the first N free) and go on editing that copy;
   * the original keeps the other specialist's work. Returns the copy's id.
   */
  async keepMineAsCopy(): Promise<string | undefined> {
    const { id, files } = this.getSnapshot();
    if (!id) return undefined;
    this.clock.clearTimeout(this.timer);
    this.set({ save: 'saving' });
    try {
      for (let n = 1; n <= 99; n++) {
        const copyId = `${id}-copia-${n}`;
        let created: OpenedDraft;
        try {
          created = await this.api.create({ id: copyId, title: titleOf(files, n), from: { procedureId: id } });
        } catch (error) {
          if (codeOf(error) === EXISTS) continue;
          throw error;
        }
        const mine = renamed(files, id, copyId, n);
        const saved = await this.api.save(copyId, created.rev, mine);
        this.history.clear();
        this.replace({
          ...initialDraftState(),
          id: copyId,
          files: mine,
          rev: saved.rev,
          updatedAt: saved.updatedAt,
          updatedBy: saved.updatedBy,
          readOnly: false,
          savedAt: this.clock.now(),
          loadTicket: this.nextTicket(),
        });
        return copyId;
      }
      throw new ApiError(409, EXISTS, 'no free copy id');
    } catch (error) {
      this.set({ save: 'conflict', error: codeOf(error) });
      return undefined;
    }
  }

  /** After a publish or rollback: the versions list and the draft's revision as the server now has them. */
  async refresh(): Promise<void> {
    const { id, dirty } = this.getSnapshot();
    if (!id) return;
    const opened = await this.api.open(id);
    if (dirty) this.set({ versions: opened.versions });
    else
      this.set({
        versions: opened.versions,
        rev: opened.rev,
        updatedAt: opened.updatedAt,
        updatedBy: opened.updatedBy,
      });
  }

  // helpers
  private apply(edit: DraftEdit): void {
    const files: Record<string, string> = { ...this.getSnapshot().files };
    for (const [path, text] of Object.entries(edit.files)) {
      if (text === null) delete files[path];
      else files[path] = text;
    }
    this.generation++;
    const next = this.history.next;
    const conflicted = this.getSnapshot().save === 'conflict';
    this.set({
      files,
      dirty: true,
      save: conflicted ? 'conflict' : 'pending',
      undoLabel: next.undo,
      redoLabel: next.redo,
    });
    if (!conflicted) this.schedule(this.autosaveMs);
  }

  private schedule(ms: number): void {
    this.clock.clearTimeout(this.timer);
    this.timer = this.clock.setTimeout(() => void this.autosave(), ms);
  }

  private async autosave(): Promise<void> {
    if (this.saving) {
      // a save is on its way: save again once it is back (the files changed since it left)
      await this.saving;
    }
    const state = this.getSnapshot();
    if (state.dirty && !state.conflict && !state.readOnly) await this.saveOnce();
  }

  private saveOnce(): Promise<void> {
    const job = this.send().finally(() => {
      this.saving = undefined;
    });
    this.saving = job;
    return job;
  }

  private async send(): Promise<void> {
    const { id, rev, files } = this.getSnapshot();
    const generation = this.generation;
    this.set({ save: 'saving' });
    try {
      const saved = await this.api.save(id!, rev, files);
      if (this.getSnapshot().id !== id) return;
      const clean = this.generation === generation;
      this.set({
        rev: saved.rev,
        updatedAt: saved.updatedAt,
        updatedBy: saved.updatedBy,
        dirty: !clean,
        save: clean ? 'saved' : 'pending',
        savedAt: this.clock.now(),
        error: undefined,
      });
      if (!clean) this.schedule(this.autosaveMs);
    } catch (error) {
      if (this.getSnapshot().id !== id) return;
      if (error instanceof ApiError && error.code === CONFLICT) {
        this.clock.clearTimeout(this.timer);
        // the server answers who saved meanwhile as `current: { rev, updatedBy, updatedAt }` (docs/errors.md)
        const d = (error.detail.current ?? error.detail) as Record<string, unknown>;
        this.set({
          save: 'conflict',
          conflict: {
            rev: typeof d.rev === 'number' ? d.rev : rev,
            updatedBy: typeof d.updatedBy === 'string' ? d.updatedBy : undefined,
            updatedAt: typeof d.updatedAt === 'string' ? d.updatedAt : undefined,
          },
        });
        return;
      }
      this.set({ save: 'error', error: codeOf(error) });
      // the server could not be reached: try again; a refusal waits for the next change
      if (error instanceof ApiError && error.status === 0) this.schedule(this.retryMs);
    }
  }

  private load(opened: OpenedDraft): void {
    this.set({
      id: opened.id ?? this.getSnapshot().id,
      files: opened.files,
      rev: opened.rev,
      updatedAt: opened.updatedAt,
      updatedBy: opened.updatedBy,
      versions: opened.versions ?? [],
      dirty: false,
      save: 'saved',
      savedAt: undefined,
      conflict: undefined,
      error: undefined,
      loading: false,
      undoLabel: undefined,
      redoLabel: undefined,
      loadTicket: this.nextTicket(),
    });
  }

  private nextTicket(): number {
    return this.getSnapshot().loadTicket + 1;
  }
}

// helpers
function codeOf(error: unknown): string {
  return error instanceof ApiError ? error.code : 'UNKNOWN';
}

/** The copy's title: the manifest's titles with " (copia N)", so the catalogue tells the two apart. */
function titleOf(files: Files, n: number): Record<string, string> {
  const title = manifestOf(files)?.title;
  if (!title || typeof title !== 'object') return { es: `Copia ${n}` };
  return Object.fromEntries(Object.entries(title as Record<string, string>).map(([l, t]) => [l, `${t} (${n})`]));
}

/**
 * The files as the copy's: the manifest's `id` and title, and the process's id (the engine starts a procedure by
 * it, so a copy that kept it would publish over the original) — as the server renames a copy made with `from`.
 */
function renamed(files: Files, fromId: string, copyId: string, n: number): Files {
  const out: Record<string, string> = { ...files };
  const manifest = manifestOf(files);
  if (manifest)
    out['procedure.json'] = `${JSON.stringify({ ...manifest, id: copyId, title: titleOf(files, n) }, null, 2)}\n`;
  const quoted = fromId.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  for (const path of Object.keys(out).filter((p) => p.endsWith('.bpmn')))
    out[path] = out[path]
      .replace(new RegExp(`(<(?:\\w+:)?process\\b[^>]*\\sid=")${quoted}(")`, 'g'), `$1${copyId}$2`)
      .replace(new RegExp(`(\\sbpmnElement=")${quoted}(")`, 'g'), `$1${copyId}$2`);
  return out;
}

function manifestOf(files: Files): Record<string, unknown> | undefined {
  try {
    const parsed = JSON.parse(files['procedure.json'] ?? '');
    return parsed && typeof parsed === 'object' ? parsed : undefined;
  } catch {
    return undefined;
  }
}
