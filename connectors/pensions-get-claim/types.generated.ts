// Generated from pensions-get-claim/template.json (x-cauce-inputs, x-cauce-outputs) by src/generateConnectorTypes.ts — do not edit.
// Run `npx tsx connectors/src/generateConnectorTypes.ts`; src/generatedTypes.test.ts fails on drift.

export interface PensionsGetClaimInputs {
  /**
   * DNI/NIF of the citizen (synthetic in tests: 99000001C).
   */
  citizenId: string;
  /**
   * Claim reference, e.g. EXP-2026-000004 (any case, spaces trimmed).
   */
  reference: string;
}

export interface PensionsGetClaimOutputs {
  /**
   * The claim and where it stands
   */
  claim: {
    reference: string;
    benefitType: 'retirement' | 'widowhood' | 'permanent_disability' | 'orphanhood' | 'minimum_vital_income';
    submittedAt: string;
    state: 'received' | 'in_review' | 'needs_documents' | 'resolved';
    /**
     * What to send when state is needs_documents
     */
    requiredDocuments: string[];
    /**
     * requiredDocuments joined with "; " (empty when none)
     */
    requiredDocumentsText: string;
    outcome: 'approved' | 'denied' | null;
    outcomeReason: string | null;
    resolvedAt: string | null;
  };
}
