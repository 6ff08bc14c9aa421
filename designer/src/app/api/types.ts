// The designer API's bodies as the SPA reads them: the server's generated types (designer/src/server/generated,
// from its route schemas), re-exported, so client and server cannot drift. Only what the API does not define is here.
import type { Language, Role } from '@cauce/schemas/browser';
import type { Finding as ServerFinding, ProcedureSummary } from '../../server/generated/apiTypes';

export type { Language, Role };
export type {
  Archived,
  CreateBody,
  DiffEntry,
  DraftDiff,
  OpenedDraft,
  ProcedureSummary,
  Published,
  Saved,
  VersionSummary,
} from '../../server/generated/apiTypes';

/** A package in the folder format: path → text (`procedure.json`, `process.bpmn`, `forms/…`, `texts/…`). */
export type Files = Readonly<Record<string, string>>;

/** A signed-in member of staff, as the channels' `POST /api/auth/login` answers. */
export interface StaffUser {
  id: string;
  role: Role;
  name: string;
}

export interface LoginResult {
  token: string;
  user: StaffUser;
}

export type ProcedureState = ProcedureSummary['state'];

/**
 * One result of the checks: the server's (its schema) or the browser lint's, which may not know a file or a line
 * (a finding of the diagram names its element).
 */
export type Finding = Omit<ServerFinding, 'file' | 'line'> & Partial<Pick<ServerFinding, 'file' | 'line'>>;

/** Who saved the draft in the meantime (the 409 of a stale save). */
export interface ConflictInfo {
  rev: number;
  updatedBy?: string;
  updatedAt?: string;
}
