import { CITIZEN_NOT_FOUND_CODES, citizenIdOrNotFound } from '../src/citizenId';
import { defineConnector } from '../src/defineConnector';
import { BusinessError } from '../src/failures';
import { path } from '../src/ServiceClient';
import { provinceCode } from './provinceCodes';
import template from './template.json' with { type: 'json' };
import type { AffiliationChangeAddressInputs, AffiliationChangeAddressOutputs } from './types.generated';

const REQUIRED = ['street', 'number', 'postcode', 'municipality', 'province'] as const;

/**
 * `affiliation.change-address`: records the new address. The worker checks what the affiliation system does
 * not (every field present, the postcode's shape, the postcode inside the province) so the agent hears which
 * field is wrong as `INVALID_ADDRESS`, and the system's own refusals of the body become that code too.
 * @public
 */
export const affiliationChangeAddress = defineConnector<
  AffiliationChangeAddressInputs,
  AffiliationChangeAddressOutputs
>({
  name: 'affiliation-change-address',
  service: 'affiliation',
  template,
  async run(inputs, { system }) {
    const id = citizenIdOrNotFound(inputs.citizenId);
    const address = checkedAddress(inputs.address);
    const change = await system.post<{ changeId: string; effectiveDate: string }>(
      path`/citizens/${id}/address-changes`,
      address,
      {
        ...CITIZEN_NOT_FOUND_CODES,
        SIM_BAD_REQUEST: 'INVALID_ADDRESS',
      },
    );
    return { addressChange: { changeId: change.changeId, effectiveDate: change.effectiveDate } };
  },
});

// helpers

function checkedAddress(input: AffiliationChangeAddressInputs['address']): Record<string, string> {
  const address: Record<string, string> = {};
  for (const field of REQUIRED) {
    const value = input[field]?.trim();
    if (!value) throw new BusinessError('INVALID_ADDRESS', `the address has no ${field}`);
    address[field] = value;
  }
  // A null floor is left out: the system takes "no floor" as absent, not as an empty string.
  const floor = input.floor?.trim();
  if (floor) address.floor = floor;
  if (!/^(0[1-9]|[1-4]\d|5[0-2])\d{3}$/.test(address.postcode!))
    throw new BusinessError('INVALID_ADDRESS', `postcode ${address.postcode} is not a Spanish postcode`);
  const province = provinceCode(address.province!);
  if (province === undefined)
    throw new BusinessError('INVALID_ADDRESS', `'${address.province}' is not a Spanish province`);
  if (province !== address.postcode!.slice(0, 2))
    throw new BusinessError(
      'INVALID_ADDRESS',
      `postcode ${address.postcode} is not in the province of ${address.province}`,
    );
  return address;
}
