const LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';

/**
 * Synthetic citizen ids are DNI-shaped (8 digits + check letter, so they pass
 * every DNI validator) but drawn only from the 99 000 000–99 999 999 block.
 * Spain has no officially reserved DNI range; this block is far above the
 * numbers issued so far, and a test (`isSyntheticDni`) keeps every generated id
 * inside it.
 * @internal
 */
export const SYNTHETIC_DNI_MIN = 99_000_000;
/** @internal */
export const SYNTHETIC_DNI_MAX = 99_999_999;

/** The DNI check letter of an 8-digit number (number mod 23). @internal */
export function dniLetter(num: number): string {
  return LETTERS[num % 23];
}

/** `99000001` → `'99000001R'`. @internal */
export function formatDni(num: number): string {
  return `${String(num).padStart(8, '0')}${dniLetter(num)}`;
}

/** Upper-cases and strips spaces and dashes: `' 99000001-r'` → `'99000001R'`. @internal */
export function normalizeDni(raw: string): string {
  return raw.replace(/[\s-]/g, '').toUpperCase();
}

/** True when `id` (normalized) is 8 digits followed by their correct check letter. @internal */
export function isValidDni(id: string): boolean {
  const m = /^(\d{8})([A-Z])$/.exec(id);
  return m !== null && dniLetter(Number(m[1])) === m[2];
}

/** True when `id` is a valid DNI inside the synthetic block. @internal */
export function isSyntheticDni(id: string): boolean {
  if (!isValidDni(id)) return false;
  const num = Number(id.slice(0, 8));
  return num >= SYNTHETIC_DNI_MIN && num <= SYNTHETIC_DNI_MAX;
}
