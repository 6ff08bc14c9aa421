import { BusinessError } from './failures';

/**
 * The systems' error codes that mean "no such citizen" for a connector whose contract has `CITIZEN_NOT_FOUND`:
 * an unknown id and an id whose check letter is wrong are the same business answer.
 * @public
 */
export const CITIZEN_NOT_FOUND_CODES = {
  SIM_CITIZEN_NOT_FOUND: 'CITIZEN_NOT_FOUND',
  SIM_INVALID_CITIZEN_ID: 'CITIZEN_NOT_FOUND',
} as const;

/**
 * Trims and upper-cases a DNI/NIF, and answers `CITIZEN_NOT_FOUND` at once for one that is not DNI-shaped
 * (8 digits and a letter): such an id, typed by a citizen or an agent, names nobody, and sending it on would
 * only earn a 400 from the system (an incident instead of the business answer).
 * @public
 */
export function citizenIdOrNotFound(raw: string): string {
  const id = raw.trim().toUpperCase();
  if (!/^[0-9]{8}[A-Z]$/.test(id)) throw new BusinessError('CITIZEN_NOT_FOUND', `'${raw}' is not a valid DNI/NIF`);
  return id;
}
