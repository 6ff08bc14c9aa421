import type { AddressBar } from './AddressBar';

/** An address bar in memory, for tests. @internal */
export function memoryAddressBar(start = '/disenador/'): AddressBar & { entries: string[]; back(): void } {
  const entries = [start];
  const listeners = new Set<() => void>();
  return {
    entries,
    path: () => entries.at(-1)!,
    push: (path) => void entries.push(path),
    replace: (path) => void (entries[entries.length - 1] = path),
    back() {
      if (entries.length > 1) entries.pop();
      for (const listener of listeners) listener();
    },
    onPop(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
