import { randomUUID } from 'node:crypto';
import type { Engine } from '../commands/Engine';
import { joinedInstance } from '../commands/joinedInstance';
import { Errors } from '../errorCodes';
import { variablesVisibleFrom, type InstanceData } from '../interpreter/InstanceState';
import type { Queryable, Sql } from '../store/Db';
import type { QueryRows } from '../store/QueryRows';
import { queries as SQL } from '../store/generated/sql';
import type { Variables } from '../variables/TypedValue';
import { isUuid } from '../ids';
import { IncidentTypes } from '../vocabulary/IncidentTypes';

export interface FetchTopic {
  topicName: string;
  lockDuration: number;
  variables?: string[] | null;
  localVariables?: boolean;
  businessKey?: string;
  processDefinitionKey?: string;
  processDefinitionKeyIn?: string[];
}

/** An external task as fetchAndLock returns it (Camunda 7 LockedExternalTaskDto). @public */
export interface LockedExternalTask {
  id: string;
  topicName: string;
  workerId: string;
  lockExpirationTime: string;
  processInstanceId: string;
  processDefinitionId: string;
  processDefinitionKey: string;
  activityId: string;
  activityInstanceId: string;
  executionId: string;
  businessKey: string | null;
  retries: number | null;
  errorMessage: string | null;
  errorDetails: string | null;
  priority: number;
  tenantId: null;
  variables: Variables;
}

/** Claims up to maxTasks tasks across topics, in one transaction, skipping rows other engines are claiming. @public */
export async function fetchAndLock(
  engine: Engine,
  input: { workerId: string; maxTasks: number; topics: FetchTopic[] },
): Promise<LockedExternalTask[]> {
  const now = engine.clock();
  const claimed = await engine.command(async (q) => {
    const out: Array<{ row: QueryRows['externalTaskClaim']; topic: FetchTopic }> = [];
    for (const topic of input.topics) {
      const left = input.maxTasks - out.length;
      if (left <= 0) break;
      const keys = topic.processDefinitionKeyIn ?? (topic.processDefinitionKey ? [topic.processDefinitionKey] : null);
      const { rows } = await q.query(SQL.externalTaskClaim, [
        topic.topicName,
        left,
        input.workerId,
        now,
        new Date(now.getTime() + topic.lockDuration),
        topic.businessKey ? [topic.businessKey] : null,
        keys,
      ]);
      for (const row of rows) out.push({ row, topic });
    }
    return out;
  });
  if (claimed.length === 0) return [];
  const { rows } = await engine.db.query(SQL.instanceDataMany, [[...new Set(claimed.map((c) => c.row.instance_id))]]);
  const data = new Map<string, InstanceData>(rows.map((r) => [r.id, r.data]));
  return claimed.map(({ row, topic }) => {
    const visible = data.has(row.instance_id) ? variablesVisibleFrom(data.get(row.instance_id)!, row.token_id) : {};
    const variables: Variables = {};
    for (const [name, value] of Object.entries(visible))
      if (!topic.variables || topic.variables.includes(name)) variables[name] = value;
    return {
      id: row.id,
      topicName: row.topic,
      workerId: input.workerId,
      lockExpirationTime: new Date(row.lock_expires_at!).toISOString(),
      processInstanceId: row.instance_id,
      processDefinitionId: row.definition_id,
      processDefinitionKey: row.definition_key,
      activityId: row.element_id,
      activityInstanceId: row.token_id,
      executionId: row.token_id,
      businessKey: row.business_key,
      retries: row.retries,
      errorMessage: row.error_message,
      errorDetails: row.error_details,
      priority: Number(row.priority),
      tenantId: null,
      variables,
    };
  });
}

/** Completes a locked task and moves its instance on, in one transaction. @public */
export function completeExternalTask(
  engine: Engine,
  id: string,
  workerId: string,
  variables: Variables = {},
  localVariables: Variables = {},
): Promise<void> {
  return engine.command(async (q) => {
    const task = await lockedBy(engine, q, id, workerId, SQL.externalTaskLockWithInstance);
    await engine.onInstance(q, joinedInstance(task), (run) => run.complete(task.token_id, variables, localVariables));
  });
}

/** Records a failure: retries left make it fetchable again after retryTimeout; 0 retries is an incident. @public */
export function failExternalTask(
  engine: Engine,
  id: string,
  workerId: string,
  input: { errorMessage?: string; errorDetails?: string; retries?: number; retryTimeout?: number },
): Promise<void> {
  return engine.command(async (q) => {
    const task = await lockedBy(engine, q, id, workerId, SQL.externalTaskLockRow);
    const now = engine.clock();
    const retries = Math.max(0, input.retries ?? 0);
    const retryAt = input.retryTimeout ? new Date(now.getTime() + input.retryTimeout) : null;
    await q.query(SQL.externalTaskFail, [id, retries, retryAt, input.errorMessage ?? null, input.errorDetails ?? null]);
    if (retries === 0) {
      await q.query(SQL.incidentInsert, [
        randomUUID(),
        task.instance_id,
        task.definition_id,
        task.token_id,
        task.element_id,
        IncidentTypes.failedExternalTask,
        input.errorMessage ?? 'external task failed',
        id,
        now,
      ]);
    }
  });
}

/** Throws a BPMN error at the task; a matching boundary catches it, otherwise the instance gets an incident. @public */
export function bpmnErrorExternalTask(
  engine: Engine,
  id: string,
  workerId: string,
  input: { errorCode: string; errorMessage?: string; variables?: Variables },
): Promise<void> {
  return engine.command(async (q) => {
    const task = await lockedBy(engine, q, id, workerId, SQL.externalTaskLockWithInstance);
    await q.query(SQL.externalTaskDelete, [id]);
    await engine.onInstance(q, joinedInstance(task), (run) =>
      run.throwError(task.token_id, input.errorCode, input.errorMessage, input.variables ?? {}),
    );
  });
}

export function extendLock(engine: Engine, id: string, workerId: string, newDuration: number): Promise<void> {
  return engine.command(async (q) => {
    await lockedBy(engine, q, id, workerId, SQL.externalTaskLockRow);
    await q.query(SQL.externalTaskExtendLock, [id, new Date(engine.clock().getTime() + newDuration)]);
  });
}

export function unlockExternalTask(engine: Engine, id: string): Promise<void> {
  return engine.command(async (q) => {
    const { rows } = isUuid(id) ? await q.query(SQL.externalTaskLockRow, [id]) : { rows: [] };
    if (!rows[0]) throw Errors.externalTaskNotFound(id);
    await q.query(SQL.externalTaskUnlock, [id]);
  });
}

export function setExternalTaskRetries(engine: Engine, id: string, retries: number): Promise<void> {
  return engine.command(async (q) => {
    const { rows } = isUuid(id) ? await q.query(SQL.externalTaskLockRow, [id]) : { rows: [] };
    if (!rows[0]) throw Errors.externalTaskNotFound(id);
    if (!Number.isInteger(retries) || retries < 0) throw Errors.bodyInvalid('retries must be a whole number >= 0');
    await q.query(SQL.externalTaskSetRetries, [id, retries]);
  });
}

// helpers
/**
 * Locks the task row and checks it is held by this worker with a live lock. `lockSql` is externalTaskLockRow, or
 * externalTaskLockWithInstance to read the task's instance in the same round trip.
 */
async function lockedBy<R extends { worker_id: string | null; lock_expires_at: Date | null }>(
  engine: Engine,
  q: Queryable,
  id: string,
  workerId: string,
  lockSql: Sql<R>,
): Promise<R> {
  if (!isUuid(id)) throw Errors.externalTaskNotFound(id);
  const { rows } = await q.query(lockSql, [id]);
  const task = rows[0];
  if (!task) throw Errors.externalTaskNotFound(id);
  if (task.worker_id !== workerId) throw Errors.externalTaskWrongWorker(id, workerId);
  if (!task.lock_expires_at || new Date(task.lock_expires_at) < engine.clock())
    throw Errors.externalTaskLockExpired(id, workerId);
  return task;
}
