import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { errorRegistry } from './errors';
import './errorCodes';

describe('error registry', () => {
  it('documents every code in docs/errors.md and nothing else', () => {
    // given
    const doc = readFileSync(new URL('../../docs/errors.md', import.meta.url), 'utf8');
    const documented = new Map<string, number>();
    for (const m of doc.matchAll(/^\|\s*`(CAUCE_ERR_[A-Z_]+)`\s*\|\s*(\d{3})\s*\|/gm))
      documented.set(m[1], Number(m[2]));
    // when
    const registered = new Map([...errorRegistry.values()].map((e) => [e.code, e.statusCode]));
    // then
    expect([...documented.keys()].sort()).toEqual([...registered.keys()].sort());
    for (const [code, status] of registered) expect(documented.get(code), code).toBe(status);
  });
});
