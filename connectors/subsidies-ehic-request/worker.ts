import { defineConnector } from '../src/defineConnector';
import { path } from '../src/ServiceClient';
import template from './template.json' with { type: 'json' };
import type { SubsidiesEhicRequestInputs, SubsidiesEhicRequestOutputs } from './types.generated';

interface EhicRequest {
  requestId: string;
  state: SubsidiesEhicRequestOutputs['ehicRequest']['state'];
  estimatedDelivery: string;
  card: { validUntil: string };
}

/**
 * `subsidies.ehic-request`: requests the European health card, posted to the address on file. The process
 * checks eligibility first; the two refusals the system may still give are business answers.
 * An unknown citizen is not in this topic's contract: it becomes an incident.
 * @public
 */
export const subsidiesEhicRequest = defineConnector<SubsidiesEhicRequestInputs, SubsidiesEhicRequestOutputs>({
  name: 'subsidies-ehic-request',
  service: 'subsidies',
  template,
  async run(inputs, { system }) {
    // This topic has no CITIZEN_NOT_FOUND: an unknown or malformed id is refused by the system, an incident.
    const id = inputs.citizenId.trim().toUpperCase();
    const request = await system.post<EhicRequest>(
      path`/citizens/${id}/european-health-card/requests`,
      {},
      {
        SIM_NOT_ELIGIBLE: 'NOT_ELIGIBLE',
        SIM_CARD_STILL_VALID: 'CARD_STILL_VALID',
      },
    );
    return {
      ehicRequest: {
        requestId: request.requestId,
        state: request.state,
        estimatedDelivery: request.estimatedDelivery,
        cardValidUntil: request.card.validUntil,
      },
    };
  },
});
