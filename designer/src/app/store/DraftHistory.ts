import type { DraftEdit } from './DraftEdit';

/** A step of the history: the files before and after an edit, each `null` where the file did not exist. */
interface Entry {
  label: string;
  mergeKey?: string;
  before: Record<string, string | null>;
  after: Record<string, string | null>;
}

/** How many steps the history keeps; the oldest go first. */
const LIMIT = 200;

/**
 * The undo/redo stack of a draft's form and text edits, as plain data: each step records the files an edit wrote,
 * before and after, so undoing it writes back exactly those files and nothing else (the flow's own edits in between
 * are left alone). A new edit clears what could be redone, as every editor does.
 * @public
 */
export class DraftHistory {
  private done: Entry[] = [];
  private undone: Entry[] = [];

  /** Records an edit applied to `files` (the files as they were before it). */
  record(edit: DraftEdit, files: Readonly<Record<string, string>>): void {
    const before = Object.fromEntries(Object.keys(edit.files).map((path) => [path, files[path] ?? null]));
    const top = this.done.at(-1);
    this.undone = [];
    if (top && edit.mergeKey !== undefined && top.mergeKey === edit.mergeKey) {
      top.after = { ...top.after, ...edit.files };
      top.before = { ...before, ...top.before };
      return;
    }
    this.done.push({ label: edit.label, mergeKey: edit.mergeKey, before, after: { ...edit.files } });
    if (this.done.length > LIMIT) this.done.shift();
  }

  /** The edit that undoes the last step (and moves it to the redo side), or undefined when there is none. */
  undo(): DraftEdit | undefined {
    const entry = this.done.pop();
    if (!entry) return undefined;
    this.undone.push(entry);
    return { label: entry.label, files: entry.before };
  }

  /** The edit that replays the last undone step, or undefined. */
  redo(): DraftEdit | undefined {
    const entry = this.undone.pop();
    if (!entry) return undefined;
    this.done.push({ ...entry, mergeKey: undefined });
    return { label: entry.label, files: entry.after };
  }

  /** Ends the current merge: the next edit starts a step of its own even with the same key. */
  seal(): void {
    const top = this.done.at(-1);
    if (top) top.mergeKey = undefined;
  }

  clear(): void {
    this.done = [];
    this.undone = [];
  }

  /** The labels of the next undo and redo (undefined when there is nothing to undo or redo). */
  get next(): { undo?: string; redo?: string } {
    return { undo: this.done.at(-1)?.label, redo: this.undone.at(-1)?.label };
  }
}
