import type { OpenedDraft, ProcedureSummary, VersionSummary } from '../generated/apiTypes';
import type { DraftStore, VersionRow } from '../store/DraftStore';

/** A procedure as the editor opens it: its draft, its state, and its versions newest first. @internal */
export async function openedDraft(store: DraftStore, id: string): Promise<OpenedDraft> {
  const [draft, versions] = await Promise.all([store.get(id), store.versions(id)]);
  const liveVersion = versions[0]?.version ?? null;
  return {
    id,
    rev: draft.rev,
    files: draft.files,
    state: stateOf(draft.archived_at, liveVersion),
    liveVersion,
    updatedAt: draft.updated_at.toISOString(),
    updatedBy: draft.updated_by,
    createdAt: draft.created_at.toISOString(),
    createdBy: draft.created_by,
    archivedAt: draft.archived_at?.toISOString() ?? null,
    versions: versions.map(versionSummary),
  };
}

/** archived, else published once a version exists, else draft. @internal */
export function stateOf(archivedAt: Date | null, liveVersion: number | null): ProcedureSummary['state'] {
  if (archivedAt) return 'archived';
  return liveVersion === null ? 'draft' : 'published';
}

/** A version row in the API's words. @internal */
export function versionSummary(v: VersionRow): VersionSummary {
  return {
    version: v.version,
    kind: v.kind,
    fromVersion: v.from_version,
    reason: v.reason,
    publishedBy: v.published_by,
    publishedAt: v.published_at.toISOString(),
    deploymentId: v.deployment_id,
  };
}
