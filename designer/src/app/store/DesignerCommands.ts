import type { Designer } from './Designer';
import type { NewProcedure } from './CatalogueStore';
import type { Route } from './Route';
import type { Language } from '../api/types';

/**
 * What crosses stores: the route decides what is loaded (the catalogue, a draft), signing in and out (the draft is
 * saved before the login is forgotten), creating or importing a procedure then opening it, the UI language (the
 * catalogue's titles follow it). The screens call these; each store keeps its own commands for the rest.
 * @public
 */
export class DesignerCommands {
  /** where a signed-out visit wanted to go: signing in goes there */
  private wanted: Route | undefined;

  constructor(private readonly d: Omit<Designer, 'commands'>) {}

  /** Picks up a kept login and shows the address the page was opened at; follows back/forward from then on. */
  start(): () => void {
    this.d.session.restore();
    this.d.api.onUnauthorized = () => {
      this.d.session.expired();
      void this.enter(this.d.navigation.getSnapshot().route);
    };
    let last = this.d.navigation.getSnapshot().route;
    const stop = this.d.navigation.subscribe(() => {
      const route = this.d.navigation.getSnapshot().route;
      if (route !== last) void this.enter(route);
      last = route;
    });
    void this.enter(last);
    return stop;
  }

  async signIn(user: string, password: string): Promise<void> {
    if (!(await this.d.session.signIn(user, password))) return;
    const wanted = this.wanted;
    this.wanted = undefined;
    this.d.navigation.go(wanted && wanted.screen !== 'signin' ? wanted : { screen: 'catalogue' }, { replace: true });
  }

  async signOut(): Promise<void> {
    await this.d.draft.close();
    this.d.session.signOut();
    this.d.navigation.go({ screen: 'signin' });
  }

  setLanguage(language: Language): void {
    this.d.session.setLanguage(language);
    if (this.d.navigation.getSnapshot().route.screen === 'catalogue' && this.d.session.getSnapshot().user)
      void this.d.catalogue.load();
  }

  async create(input: NewProcedure): Promise<void> {
    const id = await this.d.catalogue.create(input);
    // a new procedure starts with its general data: the title in the other four languages, channels, level…
    if (id) this.d.navigation.go({ screen: 'editor', id, tab: 'general' });
  }

  async importZip(zip: Blob): Promise<void> {
    const id = await this.d.catalogue.importZip(zip);
    if (id) this.d.navigation.go({ screen: 'editor', id, tab: 'flujo' });
  }

  open(id: string): void {
    this.d.navigation.go({ screen: 'editor', id, tab: 'flujo' });
  }

  /** Conflict: keep my files as a copy, and edit the copy (its own address). */
  async keepMineAsCopy(): Promise<void> {
    const id = await this.d.draft.keepMineAsCopy();
    if (id) {
      this.d.notices.show({ kind: 'info', key: 'conflict.copied', vars: { id } });
      this.d.navigation.go({ screen: 'editor', id, tab: this.tab() }, { replace: true });
    }
  }

  // helpers
  private async enter(route: Route): Promise<void> {
    const { user, access } = this.d.session.getSnapshot();
    if (route.screen !== 'signin' && !user) {
      this.wanted = route;
      this.d.navigation.go({ screen: 'signin' }, { replace: true });
      return;
    }
    if (route.screen === 'signin' && user) {
      this.d.navigation.go({ screen: 'catalogue' }, { replace: true });
      return;
    }
    if (route.screen === 'editor') {
      if (this.d.draft.getSnapshot().id !== route.id)
        await this.d.draft.open(route.id, { readOnly: access !== 'write' });
      return;
    }
    await this.d.draft.close();
    if (route.screen === 'catalogue') await this.d.catalogue.load();
  }

  private tab() {
    const route = this.d.navigation.getSnapshot().route;
    return route.screen === 'editor' ? route.tab : 'flujo';
  }
}
