/**
 * A plain observable value: what the console's state lives in, outside React. `set` replaces the snapshot with a
 * new object (never mutates), so `useSyncExternalStore` and selectors see changes by identity.
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

  /** Replaces the whole state (sign out) and notifies subscribers. */
  replace(state: S): void {
    this.state = state;
    for (const listener of [...this.listeners]) listener();
  }

  /** Merges a partial state (or the result of a function of the current one) and notifies subscribers. */
  set(patch: Partial<S> | ((state: S) => Partial<S>)): void {
    const next = typeof patch === 'function' ? patch(this.state) : patch;
    this.state = { ...this.state, ...next };
    for (const listener of [...this.listeners]) listener();
  }
}
