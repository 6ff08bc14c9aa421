import { citizenNotFound, invalidCitizenId } from '../errors';
import type { CitizenRecord } from './CitizenRecord';
import type { SimWorld } from './createSimWorld';
import { isValidDni, normalizeDni } from './dni';

/**
 * The citizen with this DNI, accepting lower case, spaces and dashes.
 * Throws 400 `SIM_INVALID_CITIZEN_ID` for a wrong check letter and 404
 * `SIM_CITIZEN_NOT_FOUND` for a valid id nobody has.
 * @internal
 */
export function findCitizen(world: SimWorld, rawId: string): CitizenRecord {
  const id = normalizeDni(rawId);
  if (!isValidDni(id)) throw invalidCitizenId(rawId);
  const citizen = world.citizens.get(id);
  if (citizen === undefined) throw citizenNotFound(id);
  return citizen;
}
