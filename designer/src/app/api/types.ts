// The designer API's bodies as the SPA reads them (docs/designer.md "API"). They mirror the server's schemas until
// the server's generated types land (D1); then these become re-exports of those, not twins.
import type { Language, Role } from '@cauce/schemas/browser';

export type { Language, Role };

/** A package in the folder format: path → text (`procedure.json`, `process.bpmn`, `forms/…`, `texts/…`). */
export type Files = Readonly<Record<string, string>>;

/** A signed-in member of staff, as `POST /api/auth/login` answers. */
export interface StaffUser {
  id: string;
  role: Role;
  name: string;
}

export interface LoginResult {
  token: string;
  user: StaffUser;
}

export type ProcedureState = 'draft' | 'published' | 'archived';

/** A row of the catalogue (`GET /procedures`). */
export interface ProcedureSummary {
  id: string;
  /** in the language asked for */
  title: string;
  state: ProcedureState;
  liveVersion: number | null;
  updatedAt: string;
  updatedBy: string;
}

/** A published or rolled-back version. */
export interface VersionSummary {
  version: number;
  kind: 'publish' | 'rollback';
  fromVersion?: number | null;
  reason: string;
  publishedBy: string;
  publishedAt: string;
}

/** A procedure opened for editing (`GET /procedures/:id`). */
export interface OpenedDraft {
  id: string;
  rev: number;
  files: Files;
  updatedAt: string;
  updatedBy: string;
  versions: VersionSummary[];
}

/** Who saved the draft in the meantime (the 409 of a stale save). */
export interface ConflictInfo {
  rev: number;
  updatedBy?: string;
  updatedAt?: string;
}

/** One result of the package checks (server or browser lint). */
export interface Finding {
  severity: 'error' | 'warning';
  rule: string;
  message: string;
  file?: string;
  line?: number;
  elementId?: string;
  field?: string;
}

/** One changed thing between the draft and the live version. */
export interface DiffEntry {
  change: 'added' | 'removed' | 'changed';
  /** what it is: an element id, `Step.field`, `key` × language … */
  id: string;
  /** a word on what it is (element type, form, language) */
  kind?: string;
  name?: string;
  before?: string;
  after?: string;
}

/** The draft against the live version (`GET /procedures/:id/diff`). */
export interface DraftDiff {
  liveVersion: number | null;
  elements: DiffEntry[];
  fields: DiffEntry[];
  texts: DiffEntry[];
  /** files added or removed, or changed in a way the other groups do not tell (scenarios, templates) */
  files?: DiffEntry[];
}
