// Generated from subsidies-ehic-eligibility/template.json (x-cauce-inputs, x-cauce-outputs) by src/generateConnectorTypes.ts — do not edit.
// Run `npx tsx connectors/src/generateConnectorTypes.ts`; src/generatedTypes.test.ts fails on drift.

export interface SubsidiesEhicEligibilityInputs {
  /**
   * DNI/NIF of the citizen (synthetic in tests: 99000001C).
   */
  citizenId: string;
}

export interface SubsidiesEhicEligibilityOutputs {
  /**
   * The right to the card and the card held
   */
  ehic: {
    /**
     * Always true here: not eligible is the NOT_ELIGIBLE error
     */
    eligible: boolean;
    reason: 'affiliated' | 'pensioner';
    /**
     * expiring: valid but within 90 days of its end
     */
    cardState: 'none' | 'valid' | 'expiring' | 'expired';
    cardValidUntil: string | null;
    /**
     * No card valid beyond the next 90 days
     */
    canRequest: boolean;
  };
}
