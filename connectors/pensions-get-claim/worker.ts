import { defineConnector } from '../src/defineConnector';
import { BusinessError } from '../src/failures';
import { path } from '../src/ServiceClient';
import template from './template.json' with { type: 'json' };
import type { PensionsGetClaimInputs, PensionsGetClaimOutputs } from './types.generated';

type Claim = PensionsGetClaimOutputs['claim'];

/**
 * `pensions.get-claim` ("¿Cómo va lo mío?"): the state of one of the citizen's own claims. A reference that is
 * malformed, unknown, or another citizen's all get the same `CLAIM_NOT_FOUND`, so the answer never tells
 * whose a claim is.
 * @public
 */
export const pensionsGetClaim = defineConnector<PensionsGetClaimInputs, PensionsGetClaimOutputs>({
  name: 'pensions-get-claim',
  service: 'pensions',
  template,
  async run(inputs, { system }) {
    const reference = inputs.reference.trim().toUpperCase();
    const notFound = () => new BusinessError('CLAIM_NOT_FOUND', `no claim '${reference}' for this citizen`);
    if (!/^[A-Z]{3}-\d{4}-\d{6}$/.test(reference)) throw notFound();
    const claim = await system.get<Claim & { citizenId: string }>(path`/claims/${reference}`, undefined, {
      SIM_CLAIM_NOT_FOUND: () => notFound(),
    });
    if (claim.citizenId.toUpperCase() !== inputs.citizenId.trim().toUpperCase()) throw notFound();
    return {
      claim: {
        reference: claim.reference,
        benefitType: claim.benefitType,
        submittedAt: claim.submittedAt,
        state: claim.state,
        requiredDocuments: claim.requiredDocuments,
        requiredDocumentsText: claim.requiredDocuments.join('; '),
        outcome: claim.outcome ?? null,
        outcomeReason: claim.outcomeReason ?? null,
        resolvedAt: claim.resolvedAt ?? null,
      },
    };
  },
});
