import { describe, expect, it } from 'vitest';
import { fieldId } from './fieldId';

describe('fieldId', () => {
  it('makes ids that are valid fragment targets, and one for problems of no field', () => {
    expect(fieldId('newAddress.postcode')).toBe('f-newAddress-postcode');
    expect(fieldId('a b/c')).toBe('f-a-b-c');
    expect(fieldId('')).toBe('f-general');
  });
});
