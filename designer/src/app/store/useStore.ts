import { createContext, createElement, useContext, useEffect, useSyncExternalStore, type ReactNode } from 'react';
import type { Designer } from './Designer';
import type { Tab } from './Route';
import type { SelectTarget } from './SelectTarget';
import type { Readable } from './Store';

const Context = createContext<Designer | null>(null);

/** Makes one designer (its stores) available to the components below. @public */
export function DesignerProvider(props: { designer: Designer; children: ReactNode }): ReactNode {
  return createElement(Context.Provider, { value: props.designer }, props.children);
}

/** The designer's stores, for their commands (`useDesigner().draft.change(edit)`). @public */
export function useDesigner(): Designer {
  const value = useContext(Context);
  if (!value) throw new Error('useDesigner outside <DesignerProvider>');
  return value;
}

/**
 * The one way components read state: a selector over a store's snapshot, re-rendering only when what it returns
 * changes (by identity — select slices or primitives, never new objects).
 * @public
 */
export function useStore<S, T>(store: Readable<S>, selector: (state: S) => T): T {
  const select = () => selector(store.getSnapshot());
  return useSyncExternalStore(store.subscribe, select, select);
}

/**
 * How a tab's editor takes the targets `select(target)` sends it (a click on a finding): `reveal` runs once per
 * target while the component is mounted and `ready` (the flow: after the diagram is imported).
 * @public
 */
export function useSelectTarget(tab: Tab, reveal: (target: SelectTarget) => void, ready = true): void {
  const { selection } = useDesigner();
  const pending = useStore(selection, (s) => s.pending);
  useEffect(() => {
    if (!ready || !pending || pending.tab !== tab) return;
    reveal(pending.target);
    selection.done(pending.ticket);
    // reveal is the caller's closure: the target (pending) decides when to run, not the closure's identity
  }, [pending, tab, ready, selection]);
}
