import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createError, errorRegistry } from './errors';
import { Errors } from './errorCodes';

describe('error registry', () => {
  it('documents every engine code in docs/errors.md with its status, type and message, and nothing else', () => {
    // given
    const doc = readFileSync(new URL('../../docs/errors.md', import.meta.url), 'utf8');
    const documented = new Map<string, string>();
    for (const m of doc.matchAll(/^\|\s*`(CAUCE_ERR_[A-Z_]+)`\s*\|\s*(\d{3})\s*\|\s*(\w+)\s*\|\s*(.+?)\s*\|$/gm))
      documented.set(m[1], `${m[2]} ${m[3]} ${m[4]}`);
    // when
    const declared = new Map(
      Object.values(Errors).map(({ code }) => {
        const spec = errorRegistry.get(code)!;
        return [code, `${spec.statusCode} ${spec.type} ${spec.template}`];
      }),
    );
    // then
    expect([...documented.keys()].sort()).toEqual([...declared.keys()].sort());
    for (const [code, row] of declared) expect(documented.get(code), code).toBe(row);
  });

  it('refuses a code declared again with another text, status or type', () => {
    // given a code the engine declares
    const taken = Errors.taskNotFound.code;
    // when / then
    expect(() => createError(taken, 'something else entirely', 404)).toThrow(
      /CAUCE_ERR_TASK_NOT_FOUND is already declared/,
    );
    expect(() => createError(taken, "no task '%s'", 400)).toThrow(/already declared/);
    expect(() => createError(taken, "no task '%s'", 404)).not.toThrow();
  });
});
