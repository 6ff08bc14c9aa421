import { describe, expect, it } from 'vitest';
import { valueAt } from './valueAt';

describe('valueAt', () => {
  it('finds values at dotted paths, and nothing past a missing or null part', () => {
    expect(valueAt({ a: { b: 2 } }, 'a.b')).toBe(2);
    expect(valueAt({ a: null }, 'a.b')).toBeUndefined();
    expect(valueAt(undefined, 'a')).toBeUndefined();
  });
});
