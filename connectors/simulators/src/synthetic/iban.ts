/**
 * Spanish IBANs: `ES` + 2 IBAN check digits + bank (4) + branch (4) + 2 national
 * check digits (DC) + account (10). Synthetic ones use bank code 9999, which no
 * Spanish entity holds, so they validate but can never reach a real account.
 * @internal
 */
export const SYNTHETIC_BANK_CODE = '9999';

/** Builds a valid ES IBAN from a branch and a 10-digit account number. @internal */
export function spanishIban(branch: string, account: string, bank = SYNTHETIC_BANK_CODE): string {
  const dc = `${ccDigit(`00${bank}${branch}`)}${ccDigit(account)}`;
  const bban = `${bank}${branch}${dc}${account}`;
  const check = 98 - mod97(`${bban}ES00`);
  return `ES${String(check).padStart(2, '0')}${bban}`;
}

/** Result of {@link validateIban}. @internal */
export type IbanCheck = { ok: true; iban: string; country: string } | { ok: false };

/**
 * Validates any IBAN's shape and ISO 13616 mod-97 checksum, and for ES IBANs
 * also the national DC digits. Accepts spaces and lower case; returns the
 * compact upper-case form.
 * @internal
 */
export function validateIban(raw: string): IbanCheck {
  const iban = raw.replace(/\s/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(iban)) return { ok: false };
  const country = iban.slice(0, 2);
  if (country === 'ES' && !/^ES\d{22}$/.test(iban)) return { ok: false };
  if (mod97(`${iban.slice(4)}${iban.slice(0, 4)}`) !== 1) return { ok: false };
  if (country === 'ES') {
    const [bank, branch, dc, account] = [iban.slice(4, 8), iban.slice(8, 12), iban.slice(12, 14), iban.slice(14)];
    if (dc !== `${ccDigit(`00${bank}${branch}`)}${ccDigit(account)}`) return { ok: false };
  }
  return { ok: true, iban, country };
}

/** `ES** **** **** **** **** 1234`: enough for the citizen to recognise the account. @internal */
export function maskIban(iban: string): string {
  return `${iban.slice(0, 2)}** **** **** **** **** ${iban.slice(-4)}`;
}

// helpers
/** One CCC control digit over 10 digits, weights 1 2 4 8 5 10 9 7 3 6. */
function ccDigit(tenDigits: string): number {
  const weights = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6];
  const sum = [...tenDigits].reduce((acc, d, i) => acc + Number(d) * weights[i], 0);
  const digit = 11 - (sum % 11);
  return digit === 11 ? 0 : digit === 10 ? 1 : digit;
}

function mod97(text: string): number {
  const digits = [...text].map((c) => (/[A-Z]/.test(c) ? String(c.charCodeAt(0) - 55) : c)).join('');
  let rest = 0;
  for (const d of digits) rest = (rest * 10 + Number(d)) % 97;
  return rest;
}
