/** A seeded pseudo-random generator: `next()` in [0, 1). @internal */
export interface Prng {
  next(): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  /** One element of a non-empty list. */
  pick<T>(list: readonly T[]): T;
  /** True with probability `p`. */
  chance(p: number): boolean;
}

/**
 * Creates a deterministic generator from any number of seed parts, so that
 * `createPrng(seed, 'citizen', 7)` is stable whatever else is generated: adding
 * citizens or services never shifts the data of the existing ones.
 * mulberry32 is enough here: synthetic data and fault dice, not cryptography.
 * @internal
 */
export function createPrng(...seedParts: readonly (string | number)[]): Prng {
  let state = hashSeed(seedParts.join('\u0000'));
  const next = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (list) => list[Math.floor(next() * list.length)],
    chance: (p) => next() < p,
  };
}

/** FNV-1a, 32 bits. @internal */
export function hashSeed(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
