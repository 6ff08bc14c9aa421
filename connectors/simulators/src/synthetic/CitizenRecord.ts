import type { Address, Language } from './schemas';

/**
 * A citizen as the simulated affiliation database holds it. Richer than any
 * response (full IBAN, for instance): responses are projections through their
 * schemas, which is what keeps undisclosed fields from leaking.
 * @internal
 */
export interface CitizenRecord {
  id: string;
  givenName: string;
  firstSurname: string;
  secondSurname: string | null;
  birthDate: string;
  address: Address;
  phone: string | null;
  email: string | null;
  socialSecurityNumber: string | null;
  affiliated: boolean;
  affiliationYear: number | null;
  protectedPerson: boolean;
  iban: string | null;
  preferredLanguage: Language;
}
