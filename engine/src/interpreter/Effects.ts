import type { Variables } from '../variables/TypedValue';
import type { HistoryKindName } from '../vocabulary/HistoryKinds';
import type { IncidentTypeName } from '../vocabulary/IncidentTypes';

/** What a command asks the store to do besides saving the instance. @public */
export type Effect =
  | {
      kind: 'userTask';
      tokenId: string;
      elementId: string;
      name?: string;
      assignee?: string;
      candidateGroups: string[];
      candidateUsers: string[];
      formKey?: string;
      dueAt?: string;
      priority: number;
    }
  | { kind: 'externalTask'; tokenId: string; elementId: string; topic: string; priority: number }
  | { kind: 'timer'; tokenId: string; elementId: string; dueAt: string; repeat?: string }
  | { kind: 'subscribe'; tokenId: string; elementId: string; messageName: string }
  | { kind: 'cleanup'; tokenId: string }
  | { kind: 'incident'; tokenId: string; elementId: string; incidentType: IncidentTypeName; message: string }
  | {
      kind: 'call';
      tokenId: string;
      elementId: string;
      calledElement: string;
      businessKey?: string;
      variables: Variables;
    }
  | { kind: 'cancelCall'; tokenId: string }
  | { kind: 'propagateError'; errorCode: string; errorMessage?: string; variables?: Variables };

/** One row of the append-only history. @public */
export interface HistoryRecord {
  kind: HistoryKindName;
  elementId?: string;
  elementType?: string;
  tokenId?: string;
  data?: Record<string, unknown>;
}
