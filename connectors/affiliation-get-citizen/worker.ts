import { CITIZEN_NOT_FOUND_CODES, citizenIdOrNotFound } from '../src/citizenId';
import { defineConnector } from '../src/defineConnector';
import { path } from '../src/ServiceClient';
import template from './template.json' with { type: 'json' };
import type { AffiliationGetCitizenInputs, AffiliationGetCitizenOutputs } from './types.generated';

/** The affiliation system's citizen record, the part this connector reads. */
interface SystemCitizen {
  id: string;
  givenName: string;
  fullName: string;
  address: AffiliationGetCitizenOutputs['citizen']['address'];
  phone: string | null;
  email: string | null;
  affiliated: boolean;
  protectedPerson: boolean;
  preferredLanguage: AffiliationGetCitizenOutputs['citizen']['preferredLanguage'];
  bankAccountMasked: string | null;
}

/**
 * `affiliation.get-citizen`: the citizen's contact and affiliation data. Leaves out birth date,
 * social-security number and the identification answers: the channels identify, the process never needs them.
 * @public
 */
export const affiliationGetCitizen = defineConnector<AffiliationGetCitizenInputs, AffiliationGetCitizenOutputs>({
  name: 'affiliation-get-citizen',
  service: 'affiliation',
  template,
  async run(inputs, { system }) {
    const id = citizenIdOrNotFound(inputs.citizenId);
    const c = await system.get<SystemCitizen>(path`/citizens/${id}`, undefined, CITIZEN_NOT_FOUND_CODES);
    return {
      citizen: {
        id: c.id,
        givenName: c.givenName,
        fullName: c.fullName,
        address: {
          street: c.address.street,
          number: c.address.number,
          floor: c.address.floor ?? null,
          postcode: c.address.postcode,
          municipality: c.address.municipality,
          province: c.address.province,
        },
        phone: c.phone,
        email: c.email,
        affiliated: c.affiliated,
        protectedPerson: c.protectedPerson,
        preferredLanguage: c.preferredLanguage,
        bankAccountMasked: c.bankAccountMasked,
      },
    };
  },
});
