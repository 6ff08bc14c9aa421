import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Errors } from '@cauce/engine';
import { channelsErrorRegistry } from './errors';

const CODE = /^\|\s*`(CAUCE_ERR_[A-Z0-9_]+)`\s*\|/gm;

describe('channels error registry', () => {
  it('documents every code in ERRORS.md with its status and message, and nothing else', () => {
    // given
    const doc = readFileSync(new URL('../ERRORS.md', import.meta.url), 'utf8');
    const table = doc.split('| code | status | message |')[1].split('\n\n')[0];
    const documented = new Map<string, { status: number; message: string }>();
    for (const m of table.matchAll(/^\|\s*`(CAUCE_ERR_[A-Z0-9_]+)`\s*\|\s*(\d{3})\s*\|\s*(.+?)\s*\|$/gm))
      documented.set(m[1], { status: Number(m[2]), message: m[3] });
    // then
    expect([...documented.keys()].sort()).toEqual([...channelsErrorRegistry.keys()].sort());
    for (const spec of channelsErrorRegistry.values()) {
      expect(documented.get(spec.code)!.status, spec.code).toBe(spec.statusCode);
      expect(documented.get(spec.code)!.message.startsWith(spec.template), spec.code).toBe(true);
    }
  });

  it('shares no code with the engine: each code is declared and documented once', () => {
    // given
    const engineDoc = readFileSync(new URL('../../docs/errors.md', import.meta.url), 'utf8');
    const channelsDoc = readFileSync(new URL('../ERRORS.md', import.meta.url), 'utf8');
    const engineCodes = new Set(Object.values(Errors).map((make) => make.code));
    // when
    const declaredTwice = [...channelsErrorRegistry.keys()].filter((code) => engineCodes.has(code));
    const engineDocumented = new Set([...engineDoc.matchAll(CODE)].map((m) => m[1]));
    const documentedTwice = [...channelsDoc.matchAll(CODE)].map((m) => m[1]).filter((c) => engineDocumented.has(c));
    // then
    expect(declaredTwice).toEqual([]);
    expect(documentedTwice).toEqual([]);
  });
});
