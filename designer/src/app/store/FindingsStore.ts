import type { DesignerClient } from '../api/DesignerClient';
import type { Files, Finding } from '../api/types';
import type { Clock } from './DraftStore';
import type { DraftState } from './DraftState';
import type { Readable } from './Store';
import { Store } from './Store';

export interface FindingsState {
  /** the server's check of the whole package (procedure-kit's one validator, conventions on) */
  server: Finding[];
  /** the browser's lint of the diagram (bpmn-js-bpmnlint, D3), as it runs on every change */
  browser: Finding[];
  checking: boolean;
  /** the files the server findings are about are the draft's current files */
  current: boolean;
  /** the error code when the last check failed */
  error?: string;
}

/** How long the files stay unchanged before the server checks them. */
const CHECK_MS = 800;

/**
 * What the checks found in the draft: the server's findings (asked again shortly after each change, the newest
 * answer wins) and the browser's lint findings (set by the flow, D3). A package with an error cannot be published.
 * @public
 */
export class FindingsStore extends Store<FindingsState> {
  private timer: unknown;
  private asked = 0;

  constructor(
    private readonly api: Pick<DesignerClient, 'check'>,
    private readonly clock: Clock = {
      setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
      clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
      now: () => Date.now(),
    },
  ) {
    super({ server: [], browser: [], checking: false, current: false });
  }

  /** Checks the draft shortly after each change of its files; a new draft starts with no findings. */
  watch(draft: Readable<DraftState>): () => void {
    let last = draft.getSnapshot();
    return draft.subscribe(() => {
      const next = draft.getSnapshot();
      if (next.id !== last.id) this.set({ server: [], browser: [], current: false, error: undefined });
      if (next.id && !next.loading && (next.files !== last.files || next.id !== last.id)) {
        this.set({ current: false });
        const { id, files } = next;
        this.clock.clearTimeout(this.timer);
        this.timer = this.clock.setTimeout(() => void this.check(id, files), CHECK_MS);
      }
      last = next;
    });
  }

  /** Asks the server to check these files now. */
  async check(id: string, files: Files): Promise<void> {
    const mine = ++this.asked;
    this.set({ checking: true });
    try {
      const server = await this.api.check(id, files);
      if (mine === this.asked) this.set({ server, checking: false, current: true, error: undefined });
    } catch (error) {
      if (mine === this.asked) this.set({ checking: false, error: (error as { code?: string }).code ?? 'UNKNOWN' });
    }
  }

  /** The flow's lint results (D3 calls it after each lint run). */
  setBrowserFindings(browser: Finding[]): void {
    this.set({ browser });
  }
}

/** Every finding, errors first (a new array: call it in useMemo over the snapshot, not in a selector). @public */
export function allFindings(state: FindingsState): Finding[] {
  return [...state.browser, ...state.server].sort(
    (a, b) => Number(b.severity === 'error') - Number(a.severity === 'error'),
  );
}
