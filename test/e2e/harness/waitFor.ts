import { waitFor as poll } from '../../../connectors/test/waitFor';

export { sleep, type Truthy } from '../../../connectors/test/waitFor';

/** The connectors' waitFor with the e2e runs' defaults: 30 s, every 100 ms (engines in child processes are slower). @internal */
export function waitFor<T>(what: string, probe: () => Promise<T> | T, { timeoutMs = 30_000, everyMs = 100 } = {}) {
  return poll(what, probe, { timeoutMs, everyMs });
}
