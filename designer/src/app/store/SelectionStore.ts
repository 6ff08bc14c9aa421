import type { NavigationStore } from './NavigationStore';
import type { Tab } from './Route';
import { tabOf, type SelectTarget } from './SelectTarget';

import { Store } from './Store';

/** A target on its way to the tab that shows it. */
export interface PendingSelection {
  target: SelectTarget;
  tab: Tab;
  ticket: number;
}

export interface SelectionState {
  pending?: PendingSelection;
}

/**
 * `select(target)`: the designer's "show me this" (a click on a finding). It opens the tab that can show the target
 * and leaves the target pending; the tab's editor takes it when it is mounted (`useSelectTarget(tab, reveal)`), so
 * it works whether the tab was open already or not.
 * @public
 */
export class SelectionStore extends Store<SelectionState> {
  private tickets = 0;

  constructor(
    private readonly navigation: NavigationStore,
    private readonly route: (target: SelectTarget) => Tab = tabOf,
  ) {
    super({});
  }

  select(target: SelectTarget): void {
    const tab = this.route(target);
    this.set({ pending: { target, tab, ticket: ++this.tickets } });
    this.navigation.tab(tab);
  }

  /** The tab's editor has revealed the target (or cannot): it is no longer pending. */
  done(ticket: number): void {
    if (this.getSnapshot().pending?.ticket === ticket) this.set({ pending: undefined });
  }
}
