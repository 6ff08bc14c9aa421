import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { channelsErrorRegistry } from './errors';

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
});
