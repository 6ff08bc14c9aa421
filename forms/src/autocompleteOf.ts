/**
 * The HTML autocomplete token of a field about the person themselves, from its name (WCAG 1.3.5, identify input
 * purpose): `postcode` → `postal-code`, `mobile` → `tel`… Other names have none.
 * @public
 */
export function autocompleteOf(name: string): string | undefined {
  return AUTOCOMPLETE.get(name);
}

// helpers
const AUTOCOMPLETE = new Map<string, string>([
  ['phone', 'tel'],
  ['mobile', 'tel'],
  ['telephone', 'tel'],
  ['callbackPhone', 'tel'],
  ['email', 'email'],
  ['postcode', 'postal-code'],
  ['postalCode', 'postal-code'],
  ['street', 'address-line1'],
  ['municipality', 'address-level2'],
  ['city', 'address-level2'],
  ['province', 'address-level1'],
  ['country', 'country-name'],
  ['givenName', 'given-name'],
  ['familyName', 'family-name'],
  ['fullName', 'name'],
  ['birthDate', 'bday'],
  ['birthYear', 'bday-year'],
]);
