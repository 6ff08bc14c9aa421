import type { Db } from '../../store/Db';

/** The channel the engine's external task insert notifies (engine/src/store/sql/externalTaskInsert.sql). */
export const EXTERNAL_TASK_CHANNEL = 'cauce_external_task';

/** One waiting fetchAndLock request. */
export interface Waiter {
  /** Settles when a task for one of the topics may be available, when `wakeAfter` passes, or on cancel. */
  readonly woken: Promise<void>;
  /** Wakes at the latest after `ms` (the earliest call wins). */
  wakeAfter(ms: number): void;
  /** Stops waiting (idempotent). */
  cancel(): void;
}

/**
 * Wakes long-polling fetchAndLock requests. Two sources: LISTEN on `cauce_external_task` (the engine's insert
 * sends `pg_notify(channel, topic)` at commit, so every engine process on the database hears it) and an
 * in-process `notify(topic?)` for changes that make an existing task fetchable again (unlock, failure with
 * retries, retries set). A waiter registers before its fetch and latches a wake-up, so a task created between
 * the fetch and the wait is not missed. Notifications are lost while the LISTEN connection reconnects, so callers
 * also wake on a timer (see external-task.routes.ts).
 * @internal
 */
export class ExternalTaskWakeups {
  readonly #waiters = new Set<{ topics: Set<string>; wake: () => void }>();
  #unlisten?: () => Promise<void>;
  #stopped = false;

  constructor(private readonly db: Db) {}

  /** Starts listening; call once when the app is ready. */
  async start(): Promise<void> {
    this.#unlisten = await this.db.listen(EXTERNAL_TASK_CHANNEL, (topic) => this.notify(topic));
  }

  /** Wakes the waiters of `topic`, or every waiter when no topic is given. */
  notify(topic?: string): void {
    for (const waiter of this.#waiters) if (topic === undefined || waiter.topics.has(topic)) waiter.wake();
  }

  /** Registers a waiter for these topics. Register before fetching, so a wake-up in between is latched. */
  wait(topics: string[]): Waiter {
    let resolve!: () => void;
    const woken = new Promise<void>((r) => (resolve = r));
    let timer: NodeJS.Timeout | undefined;
    let dueAt = Infinity;
    const entry = { topics: new Set(topics), wake: () => cancel() };
    const cancel = () => {
      clearTimeout(timer);
      this.#waiters.delete(entry);
      resolve();
    };
    const wakeAfter = (ms: number) => {
      const at = Date.now() + Math.max(0, ms);
      if (at >= dueAt) return;
      dueAt = at;
      clearTimeout(timer);
      timer = setTimeout(cancel, Math.max(0, ms));
    };
    if (this.#stopped) cancel();
    else this.#waiters.add(entry);
    return { woken, wakeAfter, cancel };
  }

  /** How many requests wait right now (tests, metrics). */
  get waiting(): number {
    return this.#waiters.size;
  }

  get stopped(): boolean {
    return this.#stopped;
  }

  /** Wakes every waiter and stops listening; waiting requests answer at once, so the server can close. */
  async stop(): Promise<void> {
    this.#stopped = true;
    this.notify();
    await this.#unlisten?.();
    this.#unlisten = undefined;
  }
}
