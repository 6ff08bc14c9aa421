// Generated from affiliation-change-bank-account/template.json (x-cauce-inputs, x-cauce-outputs) by src/generateConnectorTypes.ts — do not edit.
// Run `npx tsx connectors/src/generateConnectorTypes.ts`; src/generatedTypes.test.ts fails on drift.

export interface AffiliationChangeBankAccountInputs {
  /**
   * DNI/NIF of the citizen (synthetic in tests: 99000001C).
   */
  citizenId: string;
  /**
   * The new IBAN; spaces and lower case allowed. Never returned.
   */
  iban: string;
  /**
   * Account holder's name (cut to 120 characters).
   */
  holderName: string | null;
}

export interface AffiliationChangeBankAccountOutputs {
  /**
   * The change as recorded; the account only masked
   */
  bankChange: {
    changeId: string;
    /**
     * ES** **** **** **** **** 1234
     */
    bankAccountMasked: string;
    bankAccountLast4: string;
    effectiveDate: string;
  };
}
