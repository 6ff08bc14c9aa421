import type { LiveConnectorAction } from './ConnectorLedger';
import type { LiveSystems } from './loadLiveSystems';

/** A business error someone else causes, and how live mode makes it happen in the simulators. @internal */
export interface Race {
  /** what happens meanwhile, for the output */
  what: string;
  /** makes the system answer the error to the worker's call that follows */
  provoke(inputs: Record<string, unknown>, simulatorsUrl: string): Promise<void>;
}

/**
 * The race behind a scenario's BPMN error, when the simulators give that error only because of what someone
 * else does meanwhile (they list those: `SIMULATED_RACES`); undefined for every other action (they run live as
 * they are). `cauce test --live` then does that other thing through the simulators' own API just before the
 * worker's call, so the real system answers the error to the real worker.
 * @internal
 */
export function raceBehind(action: LiveConnectorAction, races: LiveSystems['SIMULATED_RACES']): Race | undefined {
  if (action.outcome !== 'bpmnError') return undefined;
  return races[action.connector]?.[action.errorCode];
}
