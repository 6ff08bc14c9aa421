import type { SIMULATED_RACES, SimulatedRace } from '@cauce/connectors/simulators';
import type { LiveConnectorAction } from './ConnectorLedger';

/**
 * The race behind a scenario's BPMN error, when the simulators give that error only because of what someone
 * else does meanwhile (they list those: `SIMULATED_RACES`); undefined for every other action (they run live as
 * they are). `cauce test --live` then does that other thing through the simulators' own API just before the
 * worker's call, so the real system answers the error to the real worker.
 * @internal
 */
export function raceBehind(action: LiveConnectorAction, races: typeof SIMULATED_RACES): SimulatedRace | undefined {
  if (action.outcome !== 'bpmnError') return undefined;
  return races[action.connector]?.[action.errorCode];
}
