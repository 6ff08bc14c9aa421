// Generated from appointments-find-slots/template.json (x-cauce-inputs, x-cauce-outputs) by src/generateConnectorTypes.ts — do not edit.
// Run `npx tsx connectors/src/generateConnectorTypes.ts`; src/generatedTypes.test.ts fails on drift.

export interface AppointmentsFindSlotsInputs {
  /**
   * CAISS office, e.g. CAISS-MAD-01
   */
  officeId: string;
  /**
   * What the appointment is about.
   */
  subject: 'pensions' | 'european_health_card' | 'affiliation' | 'general';
  /**
   * First day to look at; tomorrow when missing or earlier.
   */
  fromDate?: string | null;
}

export interface AppointmentsFindSlotsOutputs {
  /**
   * The office searched
   */
  office: {
    id: string;
    name: string;
    address: {
      street: string;
      number: string;
      floor: string | null;
      postcode: string;
      municipality: string;
      province: string;
    };
  };
  /**
   * Free slots, earliest first
   *
   * @minItems 1
   * @maxItems 5
   */
  slots: {
    slotId: string;
    /**
     * YYYY-MM-DD
     */
    date: string;
    /**
     * HH:mm, Europe/Madrid
     */
    time: string;
    durationMinutes: number;
  }[];
  /**
   * The earliest free slot (slots[0])
   */
  slot: {
    slotId: string;
    /**
     * YYYY-MM-DD
     */
    date: string;
    /**
     * HH:mm, Europe/Madrid
     */
    time: string;
    durationMinutes: number;
  };
}
