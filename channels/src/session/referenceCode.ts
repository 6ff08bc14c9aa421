import { randomInt } from 'node:crypto';

/** Digits and capitals a person cannot confuse when reading or dictating: no 0/O, 1/I/L. */
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

/**
 * A new service-request reference, `SR-7K4P-Q2`: five random characters of a 31-symbol alphabet and a check
 * character, so a mistyped or mis-heard reference (one wrong character, two swapped) is caught before any lookup.
 * 31⁵ ≈ 28.6 M codes; uniqueness is the database's (`unique (reference)`, retried on a clash).
 * @public
 */
export function newReference(): string {
  let body = '';
  for (let i = 0; i < 5; i++) body += ALPHABET[randomInt(ALPHABET.length)];
  return format(body + checkChar(body));
}

/**
 * Reads a reference as a person may type it (`sr7k4pq2`, `SR 7K4P Q2`, `7k4p-q2`) and returns it in canonical
 * form, or undefined when it is not one (wrong length, symbols outside the alphabet, check character wrong).
 * @public
 */
export function parseReference(input: string): string | undefined {
  let compact = input.toUpperCase().replace(/[\s\-_.]/g, '');
  if (compact.length === 8 && compact.startsWith('SR')) compact = compact.slice(2);
  if (compact.length !== 6 || [...compact].some((c) => !ALPHABET.includes(c))) return undefined;
  return checkChar(compact.slice(0, 5)) === compact[5] ? format(compact) : undefined;
}

// helpers
/** Weighted sum modulo 31 (a prime): weights 1…5 differ, so substitutions and adjacent swaps change it. */
function checkChar(body: string): string {
  let sum = 0;
  for (let i = 0; i < body.length; i++) sum += (i + 1) * ALPHABET.indexOf(body[i]);
  return ALPHABET[sum % ALPHABET.length];
}

function format(six: string): string {
  return `SR-${six.slice(0, 4)}-${six.slice(4)}`;
}
