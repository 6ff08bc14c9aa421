import { CITIZEN_NOT_FOUND_CODES, citizenIdOrNotFound } from '../src/citizenId';
import { defineConnector } from '../src/defineConnector';
import { BusinessError } from '../src/failures';
import { path } from '../src/ServiceClient';
import template from './template.json' with { type: 'json' };
import type { SubsidiesEhicEligibilityInputs, SubsidiesEhicEligibilityOutputs } from './types.generated';

interface EhicStatus {
  eligible: boolean;
  reason: 'affiliated' | 'pensioner' | 'not_affiliated';
  cardState: SubsidiesEhicEligibilityOutputs['ehic']['cardState'];
  card: { validUntil: string } | null;
  canRequest: boolean;
}

/**
 * `subsidies.ehic-eligibility`: whether the citizen has a right to the European health card, and the state of
 * the card they hold. No right is the business answer `NOT_ELIGIBLE`, its message the system's reason.
 * @public
 */
export const subsidiesEhicEligibility = defineConnector<
  SubsidiesEhicEligibilityInputs,
  SubsidiesEhicEligibilityOutputs
>({
  name: 'subsidies-ehic-eligibility',
  service: 'subsidies',
  template,
  async run(inputs, { system }) {
    const id = citizenIdOrNotFound(inputs.citizenId);
    const status = await system.get<EhicStatus>(
      path`/citizens/${id}/european-health-card`,
      undefined,
      CITIZEN_NOT_FOUND_CODES,
    );
    if (!status.eligible || status.reason === 'not_affiliated') throw new BusinessError('NOT_ELIGIBLE', status.reason);
    return {
      ehic: {
        eligible: true,
        reason: status.reason,
        cardState: status.cardState,
        cardValidUntil: status.card?.validUntil ?? null,
        canRequest: status.canRequest,
      },
    };
  },
});
