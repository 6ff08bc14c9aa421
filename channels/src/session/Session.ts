import type { Channel, Language, Role } from '../contract';
import type { ProtocolQuestion } from '../identity/identificationTexts';

/** A channel session as the service works with it (one `session` row). @internal */
export interface Session {
  id: string;
  reference: string;
  serviceRequestId: string;
  instanceId: string | null;
  procedureId: string;
  procedureVersion: string;
  channel: Channel;
  language: Language;
  citizenId: string | null;
  reached: 0 | 1 | 2 | 3;
  method: string | null;
  protocol: { questions: ProtocolQuestion[] } | null;
  protocolAttemptsLeft: number;
  otpHash: string | null;
  otpExpiresAt: Date | null;
  otpAttemptsLeft: number;
  otpSentTo: string | null;
  otpSends: number;
  ownerUserId: string;
  ownerRole: Role;
  protectedPerson: boolean;
  queueLevel: 1 | 2 | null;
  queueReason: string | null;
  queuedAt: Date | null;
  supersededBy: string | null;
  /** set on a session opened by a citizen resuming someone's reference: it counts once they identify */
  claimOf: string | null;
  /** the earlier step shown for revision (back), while the instance waits further on */
  cursorStep: string | null;
  /** answers posted but not accepted, kept so nothing typed is lost */
  draft: { stepId: string; answers: Record<string, unknown> } | null;
  state: 'active' | 'closed';
  rev: number;
  createdAt: Date;
  updatedAt: Date;
}

/** A service request row. @internal */
export interface ServiceRequestRow {
  id: string;
  reference: string;
  citizenId: string | null;
  type: string;
  procedureId: string;
  procedureVersion: string;
  entryChannel: Channel;
  responsible: string | null;
  state: string;
  instanceIds: string[];
  notes: Array<{ at: string; by: string; role: string; text: string }>;
  outcome: string | null;
  protectedPerson: boolean;
  createdAt: Date;
  updatedAt: Date;
  closedAt: Date | null;
}

/** One answered step (step_answer row). @internal */
export interface StepRecord {
  id: number;
  sessionId: string;
  instanceId: string;
  stepId: string;
  answers: Record<string, unknown>;
  variablesBefore: Record<string, unknown>;
  actorRole: string;
  channel: Channel;
  superseded: boolean;
  at: Date;
}
