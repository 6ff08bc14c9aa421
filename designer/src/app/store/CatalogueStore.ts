import type { DesignerClient, NewProcedureSource } from '../api/DesignerClient';
import type { Language, ProcedureState, ProcedureSummary } from '../api/types';
import type { NoticeStore } from './NoticeStore';
import { Store } from './Store';

/** Which procedures the catalogue lists: `current` (drafts and published, the default) or one state. */
export type CatalogueFilter = 'current' | ProcedureState;

export interface CatalogueState {
  q: string;
  filter: CatalogueFilter;
  items: ProcedureSummary[];
  loaded: boolean;
  /** the last load failed (the notice says why): the list is not shown as empty */
  failed: boolean;
  busy: boolean;
}

/** A new procedure: its id, its title in the UI language, and where it starts from. */
export interface NewProcedure {
  id: string;
  title: string;
  language: Language;
  from: NewProcedureSource;
}

/**
 * The catalogue of procedures: list with search and a state filter, create (empty or as a copy), archive, import a
 * zip. Each command reports failures through the notices and answers what the screen needs next (the id to open).
 * @public
 */
export class CatalogueStore extends Store<CatalogueState> {
  constructor(
    private readonly api: Pick<DesignerClient, 'list' | 'create' | 'archive' | 'importZip'>,
    private readonly notices: NoticeStore,
  ) {
    super({ q: '', filter: 'current', items: [], loaded: false, failed: false, busy: false });
  }

  async load(): Promise<void> {
    const { q, filter } = this.getSnapshot();
    this.set({ busy: true });
    try {
      const items = await this.api.list({ q, state: filter === 'current' ? undefined : filter });
      // a slower answer to an older query must not replace a newer one
      if (this.getSnapshot().q === q && this.getSnapshot().filter === filter)
        this.set({ items, loaded: true, failed: false });
    } catch (error) {
      this.set({ failed: true });
      this.notices.fail(error);
    } finally {
      this.set({ busy: false });
    }
  }

  search(q: string): Promise<void> {
    this.set({ q });
    return this.load();
  }

  filterBy(filter: CatalogueFilter): Promise<void> {
    this.set({ filter });
    return this.load();
  }

  /** Creates a procedure; answers its id, or undefined when the server refused (the notice says why). */
  async create(input: NewProcedure): Promise<string | undefined> {
    this.set({ busy: true });
    try {
      const created = await this.api.create({
        id: input.id.trim(),
        title: { [input.language]: input.title.trim() },
        from: input.from,
      });
      this.notices.show({ kind: 'info', key: 'catalogue.created', vars: { id: created.id } });
      return created.id;
    } catch (error) {
      this.notices.fail(error);
      return undefined;
    } finally {
      this.set({ busy: false });
    }
  }

  async archive(id: string): Promise<void> {
    this.set({ busy: true });
    try {
      await this.api.archive(id);
      this.notices.show({ kind: 'info', key: 'catalogue.archived', vars: { id } });
      await this.load();
    } catch (error) {
      this.notices.fail(error);
    } finally {
      this.set({ busy: false });
    }
  }

  /** Imports a zip of the folder format; answers the draft's id. */
  async importZip(zip: Blob): Promise<string | undefined> {
    this.set({ busy: true });
    try {
      const draft = await this.api.importZip(zip);
      this.notices.show({ kind: 'info', key: 'catalogue.imported', vars: { id: draft.id } });
      return draft.id;
    } catch (error) {
      this.notices.fail(error);
      return undefined;
    } finally {
      this.set({ busy: false });
    }
  }
}
