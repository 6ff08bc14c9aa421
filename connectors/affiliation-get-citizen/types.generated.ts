// Generated from affiliation-get-citizen/template.json (x-cauce-inputs, x-cauce-outputs) by src/generateConnectorTypes.ts — do not edit.
// Run `npx tsx connectors/src/generateConnectorTypes.ts`; src/generatedTypes.test.ts fails on drift.

export interface AffiliationGetCitizenInputs {
  /**
   * DNI/NIF of the citizen (synthetic in tests: 99000001C).
   */
  citizenId: string;
}

export interface AffiliationGetCitizenOutputs {
  /**
   * The citizen as the affiliation system knows them (no birth date, social-security number or identification answers).
   */
  citizen: {
    /**
     * DNI/NIF, upper case
     */
    id: string;
    givenName: string;
    fullName: string;
    address: {
      street: string;
      number: string;
      floor: string | null;
      postcode: string;
      municipality: string;
      province: string;
    };
    /**
     * E.164 mobile; null when none on file
     */
    phone: string | null;
    email: string | null;
    affiliated: boolean;
    /**
     * persona protegida: access needs a stated reason and is logged
     */
    protectedPerson: boolean;
    preferredLanguage: 'es' | 'ca' | 'eu' | 'gl' | 'en';
    /**
     * ES** **** **** **** **** 0001
     */
    bankAccountMasked: string | null;
  };
}
