import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SQL } from './sql';

describe('channels SQL', () => {
  it('names every file of sql/ and nothing else', () => {
    // given
    const files = readdirSync(new URL('./sql/', import.meta.url))
      .filter((f) => f.endsWith('.sql'))
      .map((f) => f.slice(0, -4));
    // when
    const named = Object.keys(SQL);
    // then
    expect(named.sort()).toEqual(files.sort());
  });
});
