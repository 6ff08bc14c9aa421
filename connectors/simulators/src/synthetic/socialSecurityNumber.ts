/**
 * Synthetic social-security (affiliation) numbers, 12 digits: province (2) +
 * number (8) + control (2), control = (province·10⁸ + number) mod 97, the rule
 * Spanish validators apply. Numbers are drawn from 99 000 000–99 999 999,
 * mirroring the synthetic DNI block.
 * @internal
 */
export function socialSecurityNumber(province: string, num: number): string {
  const body = `${province}${String(num).padStart(8, '0')}`;
  return `${body}${String(Number(BigInt(body) % 97n)).padStart(2, '0')}`;
}

/** True when the 12 digits carry the right control. @internal */
export function isValidSocialSecurityNumber(ssn: string): boolean {
  if (!/^\d{12}$/.test(ssn)) return false;
  const num = Number(ssn.slice(2, 10));
  // Numbers below 10⁷ use province·10⁷ + number; ours never are, but validate correctly anyway.
  const base = num < 10_000_000 ? BigInt(ssn.slice(0, 2)) * 10_000_000n + BigInt(num) : BigInt(ssn.slice(0, 10));
  return Number(base % 97n) === Number(ssn.slice(10));
}
