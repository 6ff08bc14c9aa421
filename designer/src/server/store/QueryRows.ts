import type { VersionKind } from './VersionKinds';

/** What a draft or version stores: the package's files by path (`procedure.json`, `forms/Step.schema.json`…). */
type Files = Record<string, string>;

/**
 * The row type of every named query in `../sql/*.sql`, by query name: the bundle (`../generated/sql.ts`) types each
 * query text with its rows, so `db.query(SQL.draftSelect, [id])` returns typed rows without a cast. Types are what
 * `pg` returns: `timestamptz` a Date, `jsonb` parsed, `int` a number. A statement that returns nothing has `never`
 * rows. tsc fails when a query has no entry here, or an entry no query.
 * @internal
 */
export interface QueryRows {
  checkConstraints: { table_name: string; definition: string };
  draftHead: { rev: number; updated_by: string; updated_at: Date };
  draftSave: { rev: number };
  draftSelect: {
    procedure_id: string;
    rev: number;
    files: Files;
    updated_by: string;
    updated_at: Date;
    created_by: string;
    created_at: Date;
    archived_at: Date | null;
    archived_by: string | null;
  };
  migrationApplied: { id: number; breaking: boolean };
  migrationLock: { pg_advisory_xact_lock: unknown };
  migrationRecord: never;
  migrationTable: never;
  procedureArchive: { archived_at: Date; archived_by: string };
  procedureCreate: { id: string; rev: number };
  procedureList: {
    id: string;
    archived_at: Date | null;
    manifest: string | null;
    updated_by: string;
    updated_at: Date;
    live_version: number | null;
  };
  revisionList: { rev: number; author: string; saved_at: Date };
  testDrop: never;
  versionInsert: { version: number };
  versionList: VersionRow;
  versionSelect: VersionRow & { files: Files };
}

/** A designer_version row without its files. @internal */
export interface VersionRow {
  version: number;
  kind: VersionKind;
  from_version: number | null;
  reason: string;
  published_by: string;
  published_at: Date;
  deployment_id: string | null;
}
