import { DEFAULT_SIM_SEED } from '../runtime/resolveFaultOptions';
import type { CitizenRecord } from './CitizenRecord';
import { generateCitizen, MAX_GENERATED_CITIZENS } from './generateCitizen';
import type { Benefit, Claim, EhicCard } from './schemas';
import { testCitizenFixtures } from './testCitizens';

/**
 * The simulated corporate databases, shared by every simulator mounted in one
 * process, so an address changed through `affiliation` is the one `subsidies`
 * posts the health card to. In memory only: a restart restores the seed's data.
 * @public
 */
export interface SimWorld {
  readonly seed: string | number;
  readonly citizens: Map<string, CitizenRecord>;
  /** Benefits by citizen id. */
  readonly benefits: Map<string, Benefit[]>;
  /** Claims by reference. */
  readonly claims: Map<string, Claim>;
  /** Current European health card by citizen id. */
  readonly ehicCards: Map<string, EhicCard>;
  /** Next id of a sequence: `nextId('CITA')` → `'CITA-000001'`, then `'CITA-000002'`; deterministic. */
  nextId(prefix: string): string;
}

/** Options of {@link createSimWorld}. @public */
export interface SimWorldOptions {
  /** Same seed, same citizens. Default `CAUCE_SIM_SEED` or `'cauce'`. */
  seed?: string | number;
  /** How many citizens to generate besides the 13 documented test citizens. Default 50, at most 900. */
  citizens?: number;
}

/**
 * Builds the synthetic world of a seed: the documented test citizens (the same
 * for every seed) followed by `citizens` generated ones.
 * @public
 */
export function createSimWorld(options: SimWorldOptions = {}): SimWorld {
  const seed = options.seed ?? process.env.CAUCE_SIM_SEED ?? DEFAULT_SIM_SEED;
  const count = options.citizens ?? 50;
  if (!(Number.isInteger(count) && count >= 0 && count <= MAX_GENERATED_CITIZENS)) {
    throw new RangeError(`citizens must be an integer in [0, ${MAX_GENERATED_CITIZENS}], got ${count}`);
  }
  const world: SimWorld = {
    seed,
    citizens: new Map(),
    benefits: new Map(),
    claims: new Map(),
    ehicCards: new Map(),
    nextId: sequences(),
  };
  const generated = Array.from({ length: count }, (_, i) => generateCitizen(seed, i));
  for (const { citizen, benefits, claims, ehicCard } of [...testCitizenFixtures(), ...generated]) {
    world.citizens.set(citizen.id, citizen);
    world.benefits.set(citizen.id, benefits);
    for (const claim of claims) world.claims.set(claim.reference, claim);
    if (ehicCard !== null) world.ehicCards.set(citizen.id, ehicCard);
  }
  return world;
}

// helpers
function sequences(): (prefix: string) => string {
  const counters = new Map<string, number>();
  return (prefix) => {
    const n = (counters.get(prefix) ?? 0) + 1;
    counters.set(prefix, n);
    return `${prefix}-${String(n).padStart(6, '0')}`;
  };
}
