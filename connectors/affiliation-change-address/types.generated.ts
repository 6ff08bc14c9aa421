// Generated from affiliation-change-address/template.json (x-cauce-inputs, x-cauce-outputs) by src/generateConnectorTypes.ts — do not edit.
// Run `npx tsx connectors/src/generateConnectorTypes.ts`; src/generatedTypes.test.ts fails on drift.

export interface AffiliationChangeAddressInputs {
  /**
   * DNI/NIF of the citizen (synthetic in tests: 99000001C).
   */
  citizenId: string;
  /**
   * The new address: street, number, floor (optional), postcode, municipality, province. Checked by the worker and the system; a bad one is INVALID_ADDRESS.
   */
  address: {
    street?: string | null;
    number?: string | null;
    floor?: string | null;
    postcode?: string | null;
    municipality?: string | null;
    province?: string | null;
  };
}

export interface AffiliationChangeAddressOutputs {
  /**
   * The change as the affiliation system recorded it
   */
  addressChange: {
    changeId: string;
    /**
     * From when the new address counts
     */
    effectiveDate: string;
  };
}
