import { CITIZEN_NOT_FOUND_CODES, citizenIdOrNotFound } from '../src/citizenId';
import { defineConnector } from '../src/defineConnector';
import { BusinessError } from '../src/failures';
import { path } from '../src/ServiceClient';
import template from './template.json' with { type: 'json' };
import type { AffiliationChangeBankAccountInputs, AffiliationChangeBankAccountOutputs } from './types.generated';

/**
 * `affiliation.change-bank-account`: records the account benefits are paid into. The IBAN is sent without
 * spaces and in upper case; the answer carries only its masked form and last four digits, so the full IBAN
 * never becomes a process variable through this connector.
 * @public
 */
export const affiliationChangeBankAccount = defineConnector<
  AffiliationChangeBankAccountInputs,
  AffiliationChangeBankAccountOutputs
>({
  name: 'affiliation-change-bank-account',
  service: 'affiliation',
  template,
  async run(inputs, { system }) {
    const id = citizenIdOrNotFound(inputs.citizenId);
    const iban = inputs.iban.replace(/[\s-]+/g, '').toUpperCase();
    // The shape every IBAN has (country, check digits, up to 30 characters); the system checks the rest.
    if (!/^[A-Z]{2}[0-9]{2}[A-Z0-9]{1,30}$/.test(iban))
      throw new BusinessError('INVALID_IBAN', 'the IBAN is malformed');
    const holderName = inputs.holderName?.trim().slice(0, 120) || undefined;
    const change = await system.post<AffiliationChangeBankAccountOutputs['bankChange']>(
      path`/citizens/${id}/bank-account-changes`,
      { iban, holderName },
      {
        ...CITIZEN_NOT_FOUND_CODES,
        SIM_IBAN_INVALID: 'INVALID_IBAN',
        SIM_IBAN_NOT_SPANISH: 'INVALID_IBAN',
      },
    );
    return {
      bankChange: {
        changeId: change.changeId,
        bankAccountMasked: change.bankAccountMasked,
        bankAccountLast4: change.bankAccountLast4,
        effectiveDate: change.effectiveDate,
      },
    };
  },
});
