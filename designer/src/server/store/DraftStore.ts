import type { Db } from '@cauce/engine';
import { DesignerErrors } from '../errors';
import { SQL } from './sql';
import type { QueryRows } from './QueryRows';
import type { VersionKind } from './VersionKinds';

/** A package as the designer keeps it: its files by package-relative path. @public */
export type PackageFilesMap = Record<string, string>;

/** A procedure's draft as stored. @public */
export type DraftRow = QueryRows['draftSelect'];
/** A published version without its files. @public */
export type VersionRow = QueryRows['versionList'];

/**
 * The designer's store: procedures, their one draft, every save of it (author and time) and the versions published
 * from it, through the named queries of `../sql/`. A save is optimistic (the revision the editor loaded, If-Match):
 * one guarded statement updates the draft and keeps the revision, so a stale save changes nothing and is answered
 * with who saved last and when (CAUCE_ERR_DRAFT_CONFLICT). Store-only: roles, checks and publishing are the routes'.
 * @internal
 */
export class DraftStore {
  constructor(
    private readonly db: Db,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** A new procedure with its first draft (revision 1); CAUCE_ERR_PROCEDURE_EXISTS when the id is taken. */
  async create(id: string, files: PackageFilesMap, by: string): Promise<{ rev: number; at: Date }> {
    const at = this.clock();
    const { rows } = await this.db.query(SQL.procedureCreate, [id, by, at, JSON.stringify(files)]);
    if (!rows[0]) throw DesignerErrors.procedureExists(id);
    return { rev: rows[0].rev, at };
  }

  /** The draft of a procedure, or undefined. */
  async find(id: string): Promise<DraftRow | undefined> {
    return (await this.db.query(SQL.draftSelect, [id])).rows[0];
  }

  /** The draft of a procedure; CAUCE_ERR_DRAFT_NOT_FOUND when there is none. */
  async get(id: string): Promise<DraftRow> {
    const draft = await this.find(id);
    if (!draft) throw DesignerErrors.procedureNotFound(id);
    return draft;
  }

  /**
   * Saves the draft if it is still at revision `rev`, keeping the save as a revision; the new revision. A stale
   * `rev` changes nothing: CAUCE_ERR_DRAFT_CONFLICT with the current revision, who saved it and when.
   */
  async save(id: string, rev: number, files: PackageFilesMap, by: string): Promise<{ rev: number; at: Date }> {
    const at = this.clock();
    const { rows } = await this.db.query(SQL.draftSave, [id, rev, JSON.stringify(files), by, at]);
    if (rows[0]) return { rev: rows[0].rev, at };
    const head = (await this.db.query(SQL.draftHead, [id])).rows[0];
    if (!head) throw DesignerErrors.procedureNotFound(id);
    throw DesignerErrors.draftConflict(id, head.updated_by, head.updated_at.toISOString(), head.rev, {
      rev: head.rev,
      updatedBy: head.updated_by,
      updatedAt: head.updated_at.toISOString(),
    });
  }

  /** The saves of a draft, newest first. */
  async revisions(id: string, limit = 200): Promise<QueryRows['revisionList'][]> {
    return (await this.db.query(SQL.revisionList, [id, limit])).rows;
  }

  /** Every procedure with its draft's manifest text, last save and live version, most recently changed first. */
  async list(): Promise<QueryRows['procedureList'][]> {
    return (await this.db.query(SQL.procedureList)).rows;
  }

  /** Archives a procedure (once); CAUCE_ERR_PROCEDURE_ARCHIVED when it already is. */
  async archive(id: string, by: string): Promise<QueryRows['procedureArchive']> {
    await this.get(id);
    const { rows } = await this.db.query(SQL.procedureArchive, [id, this.clock(), by]);
    if (!rows[0]) throw DesignerErrors.procedureArchived(id);
    return rows[0];
  }

  /** The versions of a procedure, newest first. */
  async versions(id: string): Promise<VersionRow[]> {
    return (await this.db.query(SQL.versionList, [id])).rows;
  }

  /** Version `version` with its files, or the live (newest) one when omitted; undefined when there is none. */
  async version(id: string, version?: number): Promise<QueryRows['versionSelect'] | undefined> {
    return (await this.db.query(SQL.versionSelect, [id, version ?? null])).rows[0];
  }

  /** Records a published version; CAUCE_ERR_VERSION_TAKEN when another publish took the number first. */
  async addVersion(v: {
    id: string;
    version: number;
    files: PackageFilesMap;
    kind: VersionKind;
    fromVersion: number | null;
    reason: string;
    by: string;
    deploymentId: string | null;
  }): Promise<{ version: number; at: Date }> {
    const at = this.clock();
    const { rows } = await this.db.query(SQL.versionInsert, [
      v.id,
      v.version,
      JSON.stringify(v.files),
      v.kind,
      v.fromVersion,
      v.reason,
      v.by,
      at,
      v.deploymentId,
    ]);
    if (!rows[0]) throw DesignerErrors.versionTaken(v.version, v.id);
    return { version: rows[0].version, at };
  }
}
