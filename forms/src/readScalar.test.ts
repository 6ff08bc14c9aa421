import { describe, expect, it } from 'vitest';
import { readScalar } from './readScalar';

describe('readScalar', () => {
  it('reads integers, decimals with a comma or a point, and booleans by the field’s type', () => {
    expect(readScalar('2026', ['integer'])).toBe(2026);
    expect(readScalar(' -7 ', ['integer'])).toBe(-7);
    expect(readScalar('2,5', ['number'])).toBe(2.5);
    expect(readScalar('2.5', ['number'])).toBe(2.5);
    expect(readScalar('false', ['boolean'])).toBe(false);
    expect(readScalar('true', ['boolean', 'null'])).toBe(true);
  });

  it('leaves text that may be a string, or that is not of the type, as it is; blank is no answer', () => {
    expect(readScalar(' 12 ', ['string', 'integer'])).toBe(' 12 ');
    expect(readScalar('2.5', ['integer'])).toBe('2.5');
    expect(readScalar('1e3', ['number'])).toBe('1e3');
    expect(readScalar('sí', ['boolean'])).toBe('sí');
    expect(readScalar('x', [])).toBe('x');
    expect(readScalar('  ', ['string'])).toBeUndefined();
  });
});
