import type { CatalogueEntry, FolderEntry, Language, QueueEntry, StaffUser, StepView } from '../api/types';

/** The console's screens; one is shown at a time beside the navigation. */
export type Screen = 'login' | 'catalogue' | 'session' | 'queue' | 'folder';

/** A message for the agent, by catalogue key (translated when shown) or as the server's text. */
export interface Notice {
  kind: 'error' | 'info';
  key: string;
  detail?: string;
}

/** Everything the console shows. Components read it through useStore(selector) and change it only through ConsoleCommands. */
export interface ConsoleState {
  language: Language;
  user?: StaffUser;
  screen: Screen;
  /** a request to the server is in flight */
  busy: boolean;
  notice?: Notice;
  catalogue: { q: string; items: CatalogueEntry[]; loaded: boolean };
  /** the session the agent is running */
  session?: StepView;
  /** the id of the form on display: a fresh one per view received, so a double submit is answered once (API.md) */
  submissionId: string;
  /** increments each time a new step (or identification screen) is shown: components move focus on it */
  stepTicket: number;
  /** the note the agent is typing, per service-request reference, until saved (saveNote) or sent with escalation or close */
  notes: Record<string, string>;
  /** the citizen of each request as this agent learnt it (typed at start or in the protocol), by reference */
  citizens: Record<string, string>;
  /** requests this agent closed, by reference, with the outcome given */
  closed: Record<string, string>;
  /** the stated reason to read a protected person, once given, for the service request it was given for */
  reason?: { reference?: string; text: string };
  /** a protected person's data was refused without a reason: the console asks for one, then retries */
  reasonNeeded: boolean;
  queue: { level: 1 | 2; items: QueueEntry[]; loaded: boolean; preview?: StepView };
  folder: { citizenId: string; items: FolderEntry[]; loaded: boolean };
  /** what a screen reader announces (polite live region) */
  announcement: string;
  /** milliseconds of the last server round trip that moved the script (submit, back, identify) */
  lastStepMs?: number;
}

export function initialState(language: Language = 'es'): ConsoleState {
  return {
    language,
    screen: 'login',
    busy: false,
    catalogue: { q: '', items: [], loaded: false },
    stepTicket: 0,
    submissionId: '',
    notes: {},
    closed: {},
    citizens: {},
    reasonNeeded: false,
    queue: { level: 1, items: [], loaded: false },
    folder: { citizenId: '', items: [], loaded: false },
    announcement: '',
  };
}
