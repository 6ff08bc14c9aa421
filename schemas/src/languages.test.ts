import { describe, expect, it } from 'vitest';
import { jsonSchemas } from './index';
import { LANGUAGES } from './languages';

describe('LANGUAGES', () => {
  it('is the language enum of common.json, es first', () => {
    // given
    const common = jsonSchemas.common as any;
    // then
    expect([...LANGUAGES].sort()).toEqual([...common.$defs.language.enum].sort());
    expect(LANGUAGES[0]).toBe('es');
  });
});
