import { ApiError } from '../api/ApiError';
import type { Files, OpenedDraft } from '../api/types';
import type { DraftApi } from './DraftStore';

/**
 * The draft routes of docs/designer.md in memory, with their optimistic concurrency (If-Match rev → 409
 * CAUCE_ERR_DRAFT_CONFLICT with who and when), for the stores' unit tests. The real API is tested with the stores in
 * the browser suites. @internal
 */
export function fakeDraftApi(user = 'marta') {
  const drafts = new Map<string, { rev: number; files: Files; updatedBy: string; updatedAt: string }>();
  const saves: Array<{ id: string; rev: number; files: Files }> = [];
  let gate: Promise<void> | undefined;
  const opened = (id: string): OpenedDraft => {
    const d = drafts.get(id);
    if (!d) throw new ApiError(404, 'CAUCE_ERR_DRAFT_NOT_FOUND', `no procedure '${id}'`);
    return { id, ...d, state: 'draft', liveVersion: null, createdAt: d.updatedAt, createdBy: user, versions: [] };
  };
  const api: DraftApi & {
    drafts: typeof drafts;
    saves: typeof saves;
    /** saves wait until the returned function is called */
    hold(): () => void;
    /** another specialist saves the draft */
    saveAs(who: string, id: string, files: Files): void;
  } = {
    drafts,
    saves,
    async open(id) {
      return opened(id);
    },
    async create(input) {
      if (drafts.has(input.id)) throw new ApiError(409, 'CAUCE_ERR_PROCEDURE_EXISTS', `'${input.id}' exists`);
      const from = input.from && input.from !== 'empty' ? drafts.get(input.from.procedureId)!.files : {};
      drafts.set(input.id, { rev: 1, files: from, updatedBy: user, updatedAt: new Date().toISOString() });
      return opened(input.id);
    },
    async save(id, rev, files) {
      await gate;
      const d = drafts.get(id)!;
      if (d.rev !== rev)
        throw new ApiError(409, 'CAUCE_ERR_DRAFT_CONFLICT', 'conflict', {
          current: { rev: d.rev, updatedBy: d.updatedBy, updatedAt: d.updatedAt },
        });
      saves.push({ id, rev, files });
      drafts.set(id, { rev: rev + 1, files, updatedBy: user, updatedAt: new Date().toISOString() });
      return { rev: rev + 1, updatedBy: user, updatedAt: drafts.get(id)!.updatedAt };
    },
    hold() {
      let release!: () => void;
      gate = new Promise((r) => (release = r));
      return () => {
        gate = undefined;
        release();
      };
    },
    saveAs(who, id, files) {
      const d = drafts.get(id)!;
      drafts.set(id, { rev: d.rev + 1, files, updatedBy: who, updatedAt: '2026-12-06T10:00:00.000Z' });
    },
  };
  return api;
}
