import { waitFor as poll } from '@cauce/connectors/testing';

export { sleep, type Truthy } from '@cauce/connectors/testing';

/** The connectors' waitFor with the e2e runs' defaults: 30 s, every 100 ms (engines in child processes are slower). @internal */
export function waitFor<T>(what: string, probe: () => Promise<T> | T, { timeoutMs = 30_000, everyMs = 100 } = {}) {
  return poll(what, probe, { timeoutMs, everyMs });
}
