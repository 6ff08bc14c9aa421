import { ApiError } from '../api/ApiError';
import type { Notice } from './Notice';
import { Store } from './Store';

/** The notice banner's state: one notice at a time, the newest wins. */
export interface NoticeState {
  notice?: Notice;
  /** increments with each notice, so the banner takes focus even when the same notice comes twice */
  ticket: number;
}

/**
 * The designer's notice banner: what went wrong (an error by code, translated as `error.<CODE>`) or what was done
 * ("Publicada la versión 3"). Other stores report through it.
 * @public
 */
export class NoticeStore extends Store<NoticeState> {
  constructor() {
    super({ ticket: 0 });
  }

  show(notice: Notice): void {
    this.set((s) => ({ notice, ticket: s.ticket + 1 }));
  }

  /** An error from the API (or anything thrown) as a notice. */
  fail(error: unknown): void {
    if (error instanceof ApiError) this.show({ kind: 'error', key: `error.${error.code}`, detail: error.message });
    else this.show({ kind: 'error', key: 'error.UNKNOWN', detail: (error as Error)?.message });
  }

  dismiss(): void {
    this.set({ notice: undefined });
  }
}
