/**
 * A plain observable value, the shape every designer store has (STYLE.md rule 5; the agent console's Store):
 * `subscribe`/`getSnapshot` for `useSyncExternalStore`, and a protected `set` that replaces the snapshot with a new
 * object (never mutates), so selectors see changes by identity. Subclasses add the commands — the only way state
 * changes — so components can read a store but never write it.
 * @public
 */
export class Store<S extends object> {
  private state: S;
  private readonly listeners = new Set<() => void>();

  constructor(initial: S) {
    this.state = initial;
  }

  readonly getSnapshot = (): S => this.state;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Replaces the whole state (a new draft, signing out) and notifies subscribers. */
  protected replace(state: S): void {
    this.state = state;
    for (const listener of [...this.listeners]) listener();
  }

  /** Merges a partial state (or the result of a function of the current one) and notifies subscribers. */
  protected set(patch: Partial<S> | ((state: S) => Partial<S>)): void {
    const next = typeof patch === 'function' ? patch(this.state) : patch;
    this.state = { ...this.state, ...next };
    for (const listener of [...this.listeners]) listener();
  }
}

/** What `useStore` reads: anything with a snapshot and change notifications. @public */
export interface Readable<S> {
  getSnapshot(): S;
  subscribe(listener: () => void): () => void;
}
