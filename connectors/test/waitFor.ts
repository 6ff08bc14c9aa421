/**
 * Polls `probe` until it returns a truthy value, and returns it. Fails after `timeoutMs` with `what` and the last
 * value seen, so a stuck test says where it stopped.
 */
export async function waitFor<T>(what: string, probe: () => Promise<T> | T, { timeoutMs = 15_000, everyMs = 50 } = {}): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  let lastError: unknown;
  for (;;) {
    try {
      last = await probe();
      if (last) return last as NonNullable<T>;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      const detail = lastError instanceof Error ? lastError.message : JSON.stringify(last);
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what} (last: ${detail})`);
    }
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}
