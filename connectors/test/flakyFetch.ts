/** What one request to a system meets. */
export type Fault = 'pass' | 'fault' | 'lose';

/**
 * A `fetch` for connectors that misbehaves on purpose, request by request, then passes everything:
 * - `fault`: adds `X-Sim-Fault`, so the simulator answers 503 before doing anything (a lost request);
 * - `lose`: the request reaches the simulator and acts, then the answer is thrown away as if the connection
 *   dropped (a lost answer: the case only an Idempotency-Key makes safe);
 * - `pass`: untouched.
 * `forever` repeats the last entry instead of passing. Only requests `matches` accepts count (default: all).
 */
export function flakyFetch(
  plan: Fault[],
  options: { forever?: boolean; matches?: (method: string, url: string) => boolean } = {},
) {
  let calls = 0;
  const seen: Array<{ method: string; url: string; fault: Fault; idempotencyKey?: string }> = [];
  const flaky: typeof fetch = async (input, init) => {
    const method = init?.method ?? 'GET';
    const url = String(input);
    const headers = { ...(init?.headers as Record<string, string> | undefined) };
    if (options.matches && !options.matches(method, url)) return fetch(input, init);
    const fault: Fault = plan[calls] ?? (options.forever ? plan[plan.length - 1]! : 'pass');
    calls++;
    seen.push({ method, url, fault, idempotencyKey: headers['idempotency-key'] });
    if (fault === 'fault') return fetch(input, { ...init, headers: { ...headers, 'x-sim-fault': '1' } });
    const response = await fetch(input, init);
    if (fault === 'lose') {
      await response.arrayBuffer();
      throw new TypeError('fetch failed', { cause: { code: 'ECONNRESET', message: 'socket hang up (simulated)' } });
    }
    return response;
  };
  return { fetch: flaky, seen };
}
