import type { Db, Queryable } from '@cauce/engine';
import { ChannelsErrors } from '../errors';
import { SQL } from '../store/sql';
import type { ServiceRequestRow, Session, StepRecord } from './Session';

/** Rows of the channels' own tables, read and written. Every statement is a named `.sql` file. @internal */
export class ChannelsStore {
  constructor(readonly db: Db) {}

  async session(id: string, q: Queryable = this.db): Promise<Session | undefined> {
    if (!UUID.test(id)) return undefined;
    const row = (await q.query(SQL.sessionSelect, [id])).rows[0];
    return row ? toSession(row) : undefined;
  }

  async sessionsOfRequest(requestId: string): Promise<Session[]> {
    return (await this.db.query(SQL.sessionsOfRequest, [requestId])).rows.map(toSession);
  }

  async insertSession(s: Session, q: Queryable = this.db): Promise<void> {
    await q.query(SQL.sessionInsert, [
      s.id,
      s.reference,
      s.serviceRequestId,
      s.instanceId,
      s.procedureId,
      s.procedureVersion,
      s.channel,
      s.language,
      s.citizenId,
      s.reached,
      s.method,
      s.protocol ? JSON.stringify(s.protocol) : null,
      s.ownerUserId,
      s.ownerRole,
      s.protectedPerson,
      s.claimOf,
      s.createdAt,
    ]);
  }

  /** Saves a session read at `s.rev`; CAUCE_ERR_SESSION_CHANGED when another request saved it first. */
  async saveSession(s: Session, now: Date, q: Queryable = this.db): Promise<void> {
    const { rowCount } = await q.query(SQL.sessionSave, [
      s.id,
      s.rev,
      s.instanceId,
      s.language,
      s.citizenId,
      s.reached,
      s.method,
      s.protocol ? JSON.stringify(s.protocol) : null,
      s.protocolAttemptsLeft,
      s.otpHash,
      s.otpExpiresAt,
      s.otpAttemptsLeft,
      s.otpSentTo,
      s.otpSends,
      s.ownerUserId,
      s.ownerRole,
      s.protectedPerson,
      s.queueLevel,
      s.queueReason,
      s.queuedAt,
      s.supersededBy,
      s.cursorStep,
      s.draft ? JSON.stringify(s.draft) : null,
      s.state,
      now,
    ]);
    if (rowCount !== 1) throw ChannelsErrors.sessionChanged(s.id);
    s.rev += 1;
    s.updatedAt = now;
  }

  async request(id: string): Promise<ServiceRequestRow> {
    return toRequest((await this.db.query(SQL.requestSelect, [id])).rows[0]);
  }

  async requestByReference(reference: string): Promise<ServiceRequestRow | undefined> {
    const row = (await this.db.query(SQL.requestByReference, [reference])).rows[0];
    return row ? toRequest(row) : undefined;
  }

  /** Inserts a request; false when the reference is taken (the caller draws another). */
  async insertRequest(r: ServiceRequestRow, q: Queryable = this.db): Promise<boolean> {
    const { rowCount } = await q.query(SQL.requestInsert, [
      r.id,
      r.reference,
      r.citizenId,
      r.type,
      r.procedureId,
      r.procedureVersion,
      r.entryChannel,
      r.responsible,
      r.state,
      r.protectedPerson,
      r.createdAt,
    ]);
    return rowCount === 1;
  }

  async updateRequest(
    id: string,
    change: { citizenId: string | null; protectedPerson: boolean; state: string; responsible: string | null },
    now: Date,
  ): Promise<void> {
    await this.db.query(SQL.requestUpdate, [
      id,
      change.citizenId,
      change.protectedPerson,
      change.state,
      change.responsible,
      now,
    ]);
  }

  async addInstance(requestId: string, instanceId: string, now: Date): Promise<void> {
    await this.db.query(SQL.requestAddInstance, [requestId, instanceId, now]);
  }

  async addNote(requestId: string, note: { by: string; role: string; text: string }, now: Date): Promise<void> {
    await this.db.query(SQL.requestAddNote, [requestId, JSON.stringify([{ at: now.toISOString(), ...note }]), now]);
  }

  async closeRequest(requestId: string, state: string, outcome: string, responsible: string, now: Date): Promise<void> {
    await this.db.query(SQL.requestClose, [requestId, state, outcome, responsible, now]);
  }

  async requestsOfCitizen(citizenId: string): Promise<Array<ServiceRequestRow>> {
    return (await this.db.query(SQL.requestsByCitizen, [citizenId])).rows.map(toRequest);
  }

  async ownedCitizen(userId: string): Promise<string | undefined> {
    return (await this.db.query(SQL.sessionOwnerCitizen, [userId])).rows[0]?.citizen_id;
  }

  async queue(
    level: 1 | 2,
    limit = 200,
  ): Promise<
    Array<{
      id: string;
      reference: string;
      procedure_id: string;
      queue_reason: string | null;
      queued_at: Date;
      protected_person: boolean;
    }>
  > {
    return (await this.db.query(SQL.sessionQueue, [level, limit])).rows;
  }

  /** Answered steps of a request, oldest first; `superseded` rows were revised away. */
  async stepLog(requestId: string): Promise<StepRecord[]> {
    return (await this.db.query(SQL.stepLog, [requestId])).rows.map((r: any) => ({
      id: Number(r.id),
      sessionId: r.session_id,
      instanceId: r.instance_id,
      stepId: r.step_id,
      answers: r.answers,
      variablesBefore: r.variables_before,
      actorRole: r.actor_role,
      channel: r.channel,
      superseded: r.superseded,
      at: r.at,
    }));
  }

  /** Records who answered a step with what; `q` is the engine's transaction completing the task (both or neither). */
  async insertStep(
    input: {
      requestId: string;
      sessionId: string;
      instanceId: string;
      stepId: string;
      answers: Record<string, unknown>;
      variablesBefore: Record<string, unknown>;
      actorUserId: string;
      actorRole: string;
      channel: string;
    },
    now: Date,
    q: Queryable = this.db,
  ): Promise<void> {
    await q.query(SQL.stepInsert, [
      input.requestId,
      input.sessionId,
      input.instanceId,
      input.stepId,
      JSON.stringify(input.answers),
      JSON.stringify(input.variablesBefore),
      input.actorUserId,
      input.actorRole,
      input.channel,
      now,
    ]);
  }

  async supersedeStepsFrom(requestId: string, fromId: number): Promise<void> {
    await this.db.query(SQL.stepSupersedeFrom, [requestId, fromId]);
  }

  /** Records a submission id; false when it was seen before (a repeat). */
  async claimSubmission(sessionId: string, submissionId: string, stepId: string, now: Date): Promise<boolean> {
    return (await this.db.query(SQL.submissionClaim, [sessionId, submissionId, stepId, now])).rowCount === 1;
  }

  async submission(sessionId: string, submissionId: string): Promise<{ step_id: string; done: boolean } | undefined> {
    return (await this.db.query(SQL.submissionSelect, [sessionId, submissionId])).rows[0];
  }

  async submissionDone(sessionId: string, submissionId: string): Promise<void> {
    await this.db.query(SQL.submissionDone, [sessionId, submissionId]);
  }

  async forgetSubmission(sessionId: string, submissionId: string): Promise<void> {
    await this.db.query(SQL.submissionDelete, [sessionId, submissionId]);
  }

  async audit(entry: {
    at: Date;
    userId: string;
    role: string;
    action: string;
    citizenId?: string | null;
    reason?: string | null;
    sessionId?: string | null;
    requestId?: string | null;
    channel?: string | null;
    level?: number | null;
    detail?: unknown;
  }): Promise<void> {
    await this.db.query(SQL.auditInsert, [
      entry.at,
      entry.userId,
      entry.role,
      entry.action,
      entry.citizenId ?? null,
      entry.reason ?? null,
      entry.sessionId ?? null,
      entry.requestId ?? null,
      entry.channel ?? null,
      entry.level ?? null,
      entry.detail === undefined ? null : JSON.stringify(entry.detail),
    ]);
  }
}

// helpers
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function toSession(r: any): Session {
  return {
    id: r.id,
    reference: r.reference,
    serviceRequestId: r.service_request_id,
    instanceId: r.instance_id,
    procedureId: r.procedure_id,
    procedureVersion: r.procedure_version,
    channel: r.channel,
    language: r.language,
    citizenId: r.citizen_id,
    reached: r.identification_reached,
    method: r.identification_method,
    protocol: r.protocol,
    protocolAttemptsLeft: r.protocol_attempts_left,
    otpHash: r.otp_hash,
    otpExpiresAt: r.otp_expires_at,
    otpAttemptsLeft: r.otp_attempts_left,
    otpSentTo: r.otp_sent_to,
    otpSends: r.otp_sends,
    ownerUserId: r.owner_user_id,
    ownerRole: r.owner_role,
    protectedPerson: r.protected_person,
    queueLevel: r.queue_level,
    queueReason: r.queue_reason,
    queuedAt: r.queued_at,
    supersededBy: r.superseded_by,
    claimOf: r.claim_of,
    cursorStep: r.cursor_step,
    draft: r.draft,
    state: r.state,
    rev: r.rev,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

function toRequest(r: any): ServiceRequestRow {
  return {
    id: r.id,
    reference: r.reference,
    citizenId: r.citizen_id,
    type: r.type,
    procedureId: r.procedure_id,
    procedureVersion: r.procedure_version,
    entryChannel: r.entry_channel,
    responsible: r.responsible,
    state: r.state,
    instanceIds: r.instance_ids ?? [],
    notes: r.notes ?? [],
    outcome: r.outcome,
    protectedPerson: r.protected_person,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    closedAt: r.closed_at,
  };
}
