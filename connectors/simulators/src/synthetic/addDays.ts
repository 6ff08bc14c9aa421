/** `addDays('2026-01-30', 3)` → `'2026-02-02'` (UTC calendar dates). @internal */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
