import { CITIZEN_NOT_FOUND_CODES, citizenIdOrNotFound } from '../src/citizenId';
import { defineConnector } from '../src/defineConnector';
import { path } from '../src/ServiceClient';
import template from './template.json' with { type: 'json' };
import type { PensionsIssueCertificateInputs, PensionsIssueCertificateOutputs } from './types.generated';

/**
 * `pensions.issue-certificate`: issues the certificate of benefits (a negative one when the citizen has none)
 * and returns the link the citizen downloads it from.
 * @public
 */
export const pensionsIssueCertificate = defineConnector<
  PensionsIssueCertificateInputs,
  PensionsIssueCertificateOutputs
>({
  name: 'pensions-issue-certificate',
  service: 'pensions',
  template,
  async run(inputs, { system }) {
    const id = citizenIdOrNotFound(inputs.citizenId);
    const purpose = inputs.purpose?.trim();
    const certificate = await system.post<PensionsIssueCertificateOutputs['certificate']>(
      path`/citizens/${id}/benefit-certificates`,
      purpose ? { purpose } : {},
      CITIZEN_NOT_FOUND_CODES,
    );
    return {
      certificate: {
        documentId: certificate.documentId,
        issuedAt: certificate.issuedAt,
        downloadUrl: certificate.downloadUrl,
      },
    };
  },
});
