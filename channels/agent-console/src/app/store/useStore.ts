import {
  createContext,
  createElement,
  useCallback,
  useContext,
  useRef,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import type { ConsoleCommands } from './ConsoleCommands';
import type { ConsoleState } from './ConsoleState';
import type { Store } from './Store';

interface ConsoleContext {
  store: Store<ConsoleState>;
  commands: ConsoleCommands;
}

const Context = createContext<ConsoleContext | null>(null);

/** Makes one console (its store and commands) available to the components below. */
export function ConsoleProvider(props: ConsoleContext & { children: ReactNode }): ReactNode {
  const value = useRef<ConsoleContext>({ store: props.store, commands: props.commands }).current;
  return createElement(Context.Provider, { value }, props.children);
}

/**
 * The one way components read state: a selector over the console's snapshot, re-rendering only when what it
 * returns changes (by identity — select slices or primitives, not new objects).
 */
export function useStore<T>(selector: (state: ConsoleState) => T): T {
  const { store } = useConsole();
  const select = useCallback(() => selector(store.getSnapshot()), [store, selector]);
  return useSyncExternalStore(store.subscribe, select, select);
}

/** The commands that change the state (login, submit, back, escalate…). */
export function useCommands(): ConsoleCommands {
  return useConsole().commands;
}

// helpers
function useConsole(): ConsoleContext {
  const value = useContext(Context);
  if (!value) throw new Error('useStore outside <ConsoleProvider>');
  return value;
}
