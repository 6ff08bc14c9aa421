// Generated from pensions-issue-certificate/template.json (x-cauce-inputs, x-cauce-outputs) by src/generateConnectorTypes.ts — do not edit.
// Run `npx tsx connectors/src/generateConnectorTypes.ts`; src/generatedTypes.test.ts fails on drift.

export interface PensionsIssueCertificateInputs {
  /**
   * DNI/NIF of the citizen (synthetic in tests: 99000001C).
   */
  citizenId: string;
  /**
   * Optional: what the certificate is for, printed on it.
   */
  purpose?: string | null;
}

export interface PensionsIssueCertificateOutputs {
  /**
   * The issued certificate and its download link
   */
  certificate: {
    documentId: string;
    issuedAt: string;
    /**
     * Absolute URL the citizen can open
     */
    downloadUrl: string;
  };
}
