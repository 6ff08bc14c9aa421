import { createHash } from 'node:crypto';

/** The fields of an external task the key is made of. @public */
export interface TaskIdentity {
  processInstanceId: string;
  activityId: string;
  /** The visit of the activity (Camunda's activity instance). Optional for engines that do not send it. */
  activityInstanceId?: string | null;
}

/**
 * The `Idempotency-Key` a connector sends with every call that changes something.
 *
 * It is derived from the task, never random, so it is the same on every retry of the task, on any worker, after
 * a worker crash or a lost lock: the corporate system acts on the first request and answers the repeats from
 * its record. Besides process instance and activity it includes the activity *instance*, because a process may
 * visit the same activity again on purpose (a "send the code again" loop, a multi-instance SMS to several
 * numbers): each visit must act once, and only repeats of the same visit must not.
 *
 * `call` tells apart several changing calls of one task (the second POST of a task gets `…#2`).
 * Readable when short (`cauce:<instance>:<activity>:<activity instance>`), a SHA-256 past 200 characters
 * (systems commonly accept 255).
 * @public
 */
export function idempotencyKey(task: TaskIdentity, call = 1): string {
  const parts = [task.processInstanceId, task.activityId, task.activityInstanceId ?? ''];
  const suffix = call > 1 ? `#${call}` : '';
  const readable = `cauce:${parts.join(':')}${suffix}`;
  if (readable.length <= 200) return readable;
  return `cauce:${createHash('sha256').update(parts.join('\n')).digest('hex')}${suffix}`;
}
