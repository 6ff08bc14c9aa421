import type { ConflictInfo, Files, VersionSummary } from '../api/types';

/**
 * Where the draft's autosave stands, as the header shows it: `saved` ("Guardado · hace 3 s"), `pending` (changed,
 * saving in a moment), `saving` ("Guardando…"), `conflict` (someone else saved first: the dialog decides), `error`
 * (the server refused or could not be reached: retried on the next change, or with "save now").
 */
export type SaveStatus = 'saved' | 'pending' | 'saving' | 'conflict' | 'error';

/** The procedure being edited. Components read it with useStore and change it only through DraftStore. @public */
export interface DraftState {
  /** the procedure's id; undefined while none is open */
  id?: string;
  /** the draft's files map (folder format), with every edit applied */
  files: Files;
  /** the server's revision the files build on (sent as If-Match) */
  rev: number;
  /** who saved the server's copy last, and when */
  updatedBy?: string;
  updatedAt?: string;
  /** published and rolled-back versions, newest first */
  versions: VersionSummary[];
  /** the files have changes the server does not have yet */
  dirty: boolean;
  save: SaveStatus;
  /** when the last save succeeded (epoch ms) */
  savedAt?: number;
  /** the error code of the last failed save or load */
  error?: string;
  /** set while a save was refused because someone else saved first */
  conflict?: ConflictInfo;
  /** supervisors (and anyone when the draft cannot be written) see the draft but cannot change it */
  readOnly: boolean;
  loading: boolean;
  /** increments each time the files are replaced wholesale (open, reload, copy): editors re-read them */
  loadTicket: number;
  /** names of the next undo / redo step (a message key or text), undefined when there is none */
  undoLabel?: string;
  redoLabel?: string;
}

export function initialDraftState(): DraftState {
  return {
    files: {},
    rev: 0,
    versions: [],
    dirty: false,
    save: 'saved',
    readOnly: true,
    loading: false,
    loadTicket: 0,
  };
}
