/**
 * Claim references look like `EXP-2026-000004`: year of submission and a
 * number. Fixture claims use numbers below 100 000 and generated ones start at
 * 100 001, so the two never collide.
 * @internal
 */
export function claimReference(year: string, n: number): string {
  return `EXP-${year}-${String(n).padStart(6, '0')}`;
}
