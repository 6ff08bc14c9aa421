// Generated from subsidies-ehic-request/template.json (x-cauce-inputs, x-cauce-outputs) by src/generateConnectorTypes.ts — do not edit.
// Run `npx tsx connectors/src/generateConnectorTypes.ts`; src/generatedTypes.test.ts fails on drift.

export interface SubsidiesEhicRequestInputs {
  /**
   * DNI/NIF of the citizen (synthetic in tests: 99000001C).
   */
  citizenId: string;
}

export interface SubsidiesEhicRequestOutputs {
  /**
   * The request; the card goes to the address on file
   */
  ehicRequest: {
    requestId: string;
    state: 'issued' | 'in_transit' | 'delivered';
    estimatedDelivery: string;
    cardValidUntil: string;
  };
}
