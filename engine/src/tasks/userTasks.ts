import { Errors } from '../errorCodes';
import type { Engine } from '../commands/Engine';
import { joinedInstance } from '../commands/joinedInstance';
import { queries as SQL } from '../store/generated/sql';
import { variablesVisibleFrom } from '../interpreter/InstanceState';
import type { Variables } from '../variables/TypedValue';
import type { Queryable } from '../store/Db';
import { isUuid } from '../ids';

/** Options of {@link completeTask}. @public */
export interface CompleteTaskOptions {
  /**
   * The caller's own writes, made in the same transaction once the task is completed (e.g. the channels' record of
   * who answered what): both are kept or neither is. Throwing rolls the completion back. May run more than once
   * when the command is retried after a concurrent change, so it must only write through `q`.
   */
  alongside?: (q: Queryable, completed: { instanceId: string; elementId: string }) => Promise<void>;
}

/**
 * Completes a user task: one transaction that locks the task row and reads its instance in one statement (a second
 * complete of the same task finds no row and gets a 404, never a double step), sets the variables and moves the token on.
 * @public
 */
export async function completeTask(
  engine: Engine,
  taskId: string,
  variables: Variables = {},
  opts: CompleteTaskOptions = {},
): Promise<{ instanceId: string; variables: Variables }> {
  return engine.command(async (q) => {
    const { rows } = isUuid(taskId) ? await q.query(SQL.taskLockWithInstance, [taskId]) : { rows: [] };
    const task = rows[0];
    if (!task) throw Errors.taskNotFound(taskId);
    const { row } = await engine.onInstance(q, joinedInstance(task), (run) => run.complete(task.token_id, variables));
    await opts.alongside?.(q, { instanceId: task.instance_id, elementId: task.element_id });
    return { instanceId: task.instance_id, variables: variablesVisibleFrom(row.data) };
  });
}

/** Claims a task for a user; refuses when someone else holds it. @public */
export async function claimTask(engine: Engine, taskId: string, userId: string): Promise<void> {
  await engine.command(async (q) => {
    const { rows } = isUuid(taskId) ? await q.query(SQL.taskLockRow, [taskId]) : { rows: [] };
    if (!rows[0]) throw Errors.taskNotFound(taskId);
    if (rows[0].assignee && rows[0].assignee !== userId) throw Errors.taskAlreadyClaimed(taskId, rows[0].assignee);
    await q.query(SQL.taskSetAssignee, [taskId, userId]);
  });
}

/** Releases or reassigns a task. @public */
export async function setAssignee(engine: Engine, taskId: string, userId: string | null): Promise<void> {
  await engine.command(async (q) => {
    const { rows } = isUuid(taskId) ? await q.query(SQL.taskLockRow, [taskId]) : { rows: [] };
    if (!rows[0]) throw Errors.taskNotFound(taskId);
    await q.query(SQL.taskSetAssignee, [taskId, userId]);
  });
}

/** The variables a task's form sees (visible from its token). @public */
export async function taskVariables(engine: Engine, taskId: string): Promise<Variables> {
  const { rows } = isUuid(taskId) ? await engine.db.query(SQL.taskSelect, [taskId]) : { rows: [] };
  if (!rows[0]) throw Errors.taskNotFound(taskId);
  const instance = await engine.db.query(SQL.instanceSelect, [rows[0].instance_id]);
  return variablesVisibleFrom(instance.rows[0].data, rows[0].token_id);
}
