import type { CitizenRecord } from './CitizenRecord';

/** `Lucía Ejemplo Prueba`: given name and surnames, as on the DNI. @internal */
export function fullName(c: Pick<CitizenRecord, 'givenName' | 'firstSurname' | 'secondSurname'>): string {
  return [c.givenName, c.firstSurname, c.secondSurname].filter(Boolean).join(' ');
}
