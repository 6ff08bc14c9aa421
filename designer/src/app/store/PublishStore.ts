import type { DesignerClient } from '../api/DesignerClient';
import type { DraftDiff } from '../api/types';
import type { DraftStore } from './DraftStore';
import type { NoticeStore } from './NoticeStore';
import { Store } from './Store';

export interface PublishState {
  /** the draft against the live version, loaded when the Publicar tab opens */
  diff?: DraftDiff;
  loadingDiff: boolean;
  /** a publish, rollback or export is under way */
  busy: boolean;
  /** the version the last publish or rollback made */
  lastVersion?: number;
}

/** Hands a file to the person (a download link clicked in the page; kept in tests). */
export type Download = (file: Blob, name: string) => void;

/**
 * The Publicar tab's work: the difference against the live version, publish (the draft saved first; the server
 * validates — errors refuse, warnings don't — deploys and audits), roll back to an earlier version (a new version
 * with its files), and export a zip of the draft or of a version.
 * @public
 */
export class PublishStore extends Store<PublishState> {
  constructor(
    private readonly api: Pick<DesignerClient, 'diff' | 'publish' | 'rollback' | 'exportZip'>,
    private readonly draft: DraftStore,
    private readonly notices: NoticeStore,
    private readonly download: Download,
  ) {
    super({ loadingDiff: false, busy: false });
  }

  async loadDiff(): Promise<void> {
    const id = this.draft.getSnapshot().id;
    if (!id) return;
    this.set({ loadingDiff: true });
    try {
      await this.draft.flush();
      this.set({ diff: await this.api.diff(id) });
    } catch (error) {
      this.notices.fail(error);
    } finally {
      this.set({ loadingDiff: false });
    }
  }

  /** Publishes the draft as it is on the server (saved first); answers the new version, or undefined. */
  publish(reason: string): Promise<number | undefined> {
    return this.versioned('publish.published', async (id) => {
      await this.draft.flush();
      const { rev, dirty, conflict } = this.draft.getSnapshot();
      if (dirty || conflict) throw Object.assign(new Error('unsaved'), { code: 'CAUCE_ERR_DRAFT_UNSAVED' });
      return this.api.publish(id, rev, reason.trim());
    });
  }

  rollback(version: number, reason: string): Promise<number | undefined> {
    return this.versioned('publish.rolledBack', (id) => this.api.rollback(id, version, reason.trim()), {
      from: version,
    });
  }

  /** Downloads the zip of the draft (saved first) or of a version. */
  async exportZip(version?: number): Promise<void> {
    const id = this.draft.getSnapshot().id;
    if (!id) return;
    this.set({ busy: true });
    try {
      if (version === undefined) await this.draft.flush();
      const zip = await this.api.exportZip(id, version);
      this.download(zip, version === undefined ? `${id}.zip` : `${id}-v${version}.zip`);
    } catch (error) {
      this.notices.fail(error);
    } finally {
      this.set({ busy: false });
    }
  }

  // helpers
  private async versioned(
    key: string,
    run: (id: string) => Promise<{ version: number }>,
    vars: Record<string, number> = {},
  ): Promise<number | undefined> {
    const id = this.draft.getSnapshot().id;
    if (!id) return undefined;
    this.set({ busy: true });
    try {
      const { version } = await run(id);
      this.set({ lastVersion: version });
      this.notices.show({ kind: 'info', key, vars: { ...vars, version } });
      await this.draft.refresh();
      await this.loadDiff();
      return version;
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (code === 'CAUCE_ERR_DRAFT_UNSAVED')
        this.notices.show({ kind: 'error', key: 'error.CAUCE_ERR_DRAFT_UNSAVED' });
      else this.notices.fail(error);
      return undefined;
    } finally {
      this.set({ busy: false });
    }
  }
}
