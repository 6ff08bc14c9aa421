/** Sleeps ms milliseconds. @internal */
export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** T without its falsy members: what waitFor resolves with. */
export type Truthy<T> = Exclude<T, false | null | undefined | 0 | ''>;

/**
 * Polls `probe` every `everyMs` until it returns a truthy value, and returns it. Fails after `timeoutMs` with
 * `what` and the last value seen, so a stuck test says where it stopped. Also the e2e harness's (longer defaults).
 * @internal
 */
export async function waitFor<T>(
  what: string,
  probe: () => Promise<T> | T,
  { timeoutMs = 15_000, everyMs = 50 } = {},
): Promise<Truthy<T>> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  let lastError: unknown;
  for (;;) {
    try {
      last = await probe();
      if (last) return last as Truthy<T>;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      const detail = lastError instanceof Error ? lastError.message : JSON.stringify(last);
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what} (last: ${detail})`);
    }
    await sleep(everyMs);
  }
}
