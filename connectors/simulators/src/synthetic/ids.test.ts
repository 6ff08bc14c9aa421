import { describe, expect, it } from 'vitest';
import { dniLetter, formatDni, isSyntheticDni, isValidDni } from './dni';
import { maskIban, spanishIban, validateIban } from './iban';
import { isValidSocialSecurityNumber, socialSecurityNumber } from './socialSecurityNumber';

describe('synthetic identifiers', () => {
  it('computes DNI check letters and keeps synthetic ids in the 99… block', () => {
    // given the textbook example 12345678Z
    // when
    const letter = dniLetter(12345678);
    // then
    expect(letter).toBe('Z');
    expect(isValidDni('12345678Z')).toBe(true);
    expect(isValidDni('12345678A')).toBe(false);
    expect(isSyntheticDni('12345678Z')).toBe(false);
    expect(isSyntheticDni(formatDni(99_000_001))).toBe(true);
  });

  it('validates IBANs by mod 97 and the Spanish DC digits', () => {
    // given a published example IBAN and one built here
    const built = spanishIban('0001', '0099000001');
    // when
    const checks = [
      validateIban('ES91 2100 0418 4502 0005 1332'),
      validateIban(built),
      validateIban('DE89370400440532013000'),
    ];
    // then
    expect(checks.map((c) => c.ok)).toEqual([true, true, true]);
    expect(validateIban('ES9121000418540200051332').ok).toBe(false);
    expect(validateIban(withIbanCheck('ES', '21000418990200051332')).ok).toBe(false); // right mod 97, wrong DC
    expect(validateIban('ES00').ok).toBe(false);
    expect(maskIban(built)).toBe(`ES** **** **** **** **** ${built.slice(-4)}`);
  });

  it('builds social-security numbers whose control digits check', () => {
    // given
    const ssn = socialSecurityNumber('28', 99_000_001);
    // when
    const valid = isValidSocialSecurityNumber(ssn);
    // then
    expect(ssn).toMatch(/^2899000001\d{2}$/);
    expect(valid).toBe(true);
    expect(
      isValidSocialSecurityNumber(`${ssn.slice(0, 10)}${String((Number(ssn.slice(10)) + 1) % 97).padStart(2, '0')}`),
    ).toBe(false);
  });
});

// helpers
function withIbanCheck(country: string, bban: string): string {
  const numeric = `${bban}${country}00`.replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  return `${country}${String(98n - (BigInt(numeric) % 97n)).padStart(2, '0')}${bban}`;
}
