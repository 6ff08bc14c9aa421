import { describe, expect, it } from 'vitest';
import { newReference, parseReference } from './referenceCode';

describe('service-request references', () => {
  it('are short, unambiguous and read back however they are typed', () => {
    // given
    const refs = Array.from({ length: 500 }, newReference);
    // then
    for (const ref of refs) {
      expect(ref).toMatch(/^SR-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{2}$/);
      expect(parseReference(ref)).toBe(ref);
      expect(parseReference(ref.toLowerCase().replace(/-/g, ' '))).toBe(ref);
      expect(parseReference(ref.slice(3))).toBe(ref);
    }
    expect(new Set(refs).size).toBeGreaterThan(495);
  });

  it('catches one wrong character and two swapped ones', () => {
    // given
    const ref = newReference();
    const chars = ref.replace(/-/g, '').slice(2).split('');
    // when
    const wrong = [...chars];
    wrong[2] = wrong[2] === 'A' ? 'B' : 'A';
    const swapped = [...chars];
    [swapped[1], swapped[2]] = [swapped[2], swapped[1]];
    // then
    expect(parseReference(wrong.join(''))).toBeUndefined();
    if (swapped[1] !== swapped[2]) expect(parseReference(swapped.join(''))).toBeUndefined();
    expect(parseReference('SR-0O1I-L2')).toBeUndefined();
    expect(parseReference('hello')).toBeUndefined();
  });
});
