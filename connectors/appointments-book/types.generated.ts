// Generated from appointments-book/template.json (x-cauce-inputs, x-cauce-outputs) by src/generateConnectorTypes.ts — do not edit.
// Run `npx tsx connectors/src/generateConnectorTypes.ts`; src/generatedTypes.test.ts fails on drift.

export interface AppointmentsBookInputs {
  /**
   * DNI/NIF of the citizen (synthetic in tests: 99000001C).
   */
  citizenId: string;
  /**
   * CAISS office of the slot
   */
  officeId: string;
  /**
   * What the appointment is about.
   */
  subject: 'pensions' | 'european_health_card' | 'affiliation' | 'general';
  /**
   * A slot from appointments.find-slots
   */
  slotId: string;
}

export interface AppointmentsBookOutputs {
  /**
   * The booked appointment; `locator` is what the citizen quotes
   */
  appointment: {
    appointmentId: string;
    /**
     * Short code the citizen quotes at the office
     */
    locator: string;
    citizenId: string;
    officeId: string;
    officeName: string;
    slotId: string;
    date: string;
    time: string;
    subject: 'pensions' | 'european_health_card' | 'affiliation' | 'general';
  };
}
