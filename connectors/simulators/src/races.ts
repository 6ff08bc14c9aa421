import { TEST_CITIZENS } from './synthetic/testCitizens';

/** A business error someone else causes meanwhile, and how to make it happen through the simulators' own API. @public */
export interface SimulatedRace {
  /** what happens meanwhile, for a test's output */
  what: string;
  /** done just before the connector's call, so the simulated system answers it the error */
  provoke(inputs: Record<string, unknown>, simulatorsUrl: string): Promise<void>;
}

/**
 * The business errors the simulators give only because of what someone else does between two calls, by connector
 * topic and error code — for `cauce test --live`, which provokes them instead of replaying them. Every other
 * error comes from the synthetic data itself (see README: test citizens).
 * @public
 */
export const SIMULATED_RACES: Readonly<Record<string, Readonly<Record<string, SimulatedRace>>>> = {
  'appointments.book': {
    SLOT_TAKEN: {
      what: `another citizen (${otherCitizen()}) booked the slot between the search and the booking`,
      async provoke(inputs, simulatorsUrl) {
        const res = await fetch(`${simulatorsUrl}/sim/appointments/appointments`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            citizenId: otherCitizen(),
            officeId: inputs.officeId,
            subject: inputs.subject,
            slotId: inputs.slotId,
          }),
        });
        if (!res.ok)
          throw new Error(
            `could not take slot ${String(inputs.slotId)} for the race: ${res.status} ${await res.text()}`,
          );
      },
    },
  },
};

// helpers
/** A documented test citizen with no appointments of their own (README: `worker`). */
function otherCitizen(): string {
  return TEST_CITIZENS.worker;
}
