import type { LiveConnectorAction } from './ConnectorLedger';

/** A business error someone else causes, and how live mode makes it happen in the simulators. @internal */
export interface Race {
  /** what happens meanwhile, for the output */
  what: string;
  /** makes the system answer the error to the worker's call that follows */
  provoke(inputs: Record<string, unknown>, simulatorsUrl: string): Promise<void>;
}

/**
 * The race behind a scenario's BPMN error, when the simulators give that error only because of what someone
 * else does meanwhile; undefined for every other action (they run live as they are). `cauce test --live` then
 * does that other thing through the simulators' own API just before the worker's call, so the real system
 * answers the error to the real worker.
 * @internal
 */
export function raceBehind(action: LiveConnectorAction): Race | undefined {
  if (action.outcome !== 'bpmnError') return undefined;
  return RACES[action.connector]?.[action.errorCode];
}

// helpers

/** A documented test citizen with no appointments (simulators README: `worker`). */
const OTHER_CITIZEN = '99000013D';

const RACES: Record<string, Record<string, Race>> = {
  'appointments.book': {
    SLOT_TAKEN: {
      what: `another citizen (${OTHER_CITIZEN}) booked the slot between the search and the booking`,
      async provoke(inputs, simulatorsUrl) {
        const res = await fetch(`${simulatorsUrl}/sim/appointments/appointments`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ citizenId: OTHER_CITIZEN, officeId: inputs.officeId, subject: inputs.subject, slotId: inputs.slotId }),
        });
        if (!res.ok) throw new Error(`could not take slot ${String(inputs.slotId)} for the race: ${res.status} ${await res.text()}`);
      },
    },
  },
};
