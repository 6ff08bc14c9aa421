/** How technical failures are retried. @public */
export interface RetryPolicy {
  /** Retries after the first failure; the task's `retries` counts down from this to 0 (an incident). Default 3. */
  retries: number;
  /** Wait before the first retry, in ms. Default 1000. */
  baseMs: number;
  /** Each later wait is this many times the one before. Default 2. */
  factor: number;
  /** No wait is longer than this, in ms. Default 60 000. */
  maxMs: number;
}

/** @public */
export const DEFAULT_RETRY_POLICY: Readonly<RetryPolicy> = Object.freeze({
  retries: 3,
  baseMs: 1000,
  factor: 2,
  maxMs: 60_000,
});

/**
 * What to report to `handleFailure` after a technical failure: the retries left and when the task may be
 * fetched again. The engine keeps the count on the task, so it survives a worker restart and every worker of the
 * topic agrees: a task fetched for the first time has `retries: null`; its first failure reports
 * `policy.retries`, every later one one less, and 0 makes the engine raise an incident. Waits grow
 * exponentially (1 s, 2 s, 4 s with the defaults) so a struggling system gets room to recover.
 * @public
 */
export function retryPlan(
  taskRetries: number | null | undefined,
  policy: RetryPolicy = DEFAULT_RETRY_POLICY,
): { retries: number; retryTimeout: number } {
  const retries = taskRetries === null || taskRetries === undefined ? policy.retries : Math.max(0, taskRetries - 1);
  if (retries === 0) return { retries: 0, retryTimeout: 0 };
  const failuresBefore = Math.max(0, policy.retries - retries);
  return { retries, retryTimeout: Math.round(Math.min(policy.maxMs, policy.baseMs * policy.factor ** failuresBefore)) };
}
