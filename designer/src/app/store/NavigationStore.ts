import type { AddressBar } from './AddressBar';
import { pathOf, routeOf, type Route, type Tab } from './Route';
import { Store } from './Store';

/** The router's state: the route shown, and a ticket that moves focus to the new screen's heading. */
export interface NavigationState {
  route: Route;
  ticket: number;
}

/**
 * The designer's router: the route lives here (not in React), each route has an address under `/disenador/`
 * (`entrar`, `procedimientos/<id>/<tab>`), and back/forward move between them.
 * @public
 */
export class NavigationStore extends Store<NavigationState> {
  constructor(
    private readonly bar: AddressBar,
    private readonly base = '/disenador/',
  ) {
    super({ route: routeOf(bar.path(), base), ticket: 0 });
    bar.onPop(() => this.set((s) => ({ route: routeOf(this.bar.path(), this.base), ticket: s.ticket + 1 })));
  }

  go(route: Route, opts: { replace?: boolean } = {}): void {
    const path = pathOf(route, this.base);
    if (path !== this.bar.path()) {
      if (opts.replace) this.bar.replace(path);
      else this.bar.push(path);
    }
    this.set((s) => ({ route, ticket: s.ticket + 1 }));
  }

  /**
   * Shows another tab of the procedure being edited. The focus stays where it is (the tab, or what a finding points
   * at): only a new screen moves it to its heading.
   */
  tab(tab: Tab): void {
    const route = this.getSnapshot().route;
    if (route.screen !== 'editor' || route.tab === tab) return;
    const next = { ...route, tab };
    this.bar.replace(pathOf(next, this.base));
    this.set({ route: next });
  }
}
