import { describe, expect, it } from 'vitest';
import { evaluateCondition, evaluateFeel, feelSyntaxError, isJuel } from './Feel';

describe('FEEL', () => {
  it('evaluates with or without a leading =', () => {
    // given / when / then
    expect(evaluateFeel('= a + 1', { a: 2 })).toEqual({ ok: true, value: 3 });
    expect(evaluateFeel('a.b', { a: { b: 'x' } })).toEqual({ ok: true, value: 'x' });
  });
  it('reports a type error as a failure, not a crash', () => {
    const result = evaluateFeel('"a" + 1', {});
    expect(result.ok).toBe(false);
  });
  it('treats a non-boolean condition as a failure', () => {
    expect(evaluateCondition('missing > 1', {}).ok).toBe(false);
    expect(evaluateCondition('amount > 1000', { amount: 5000 })).toEqual({ ok: true, value: true });
  });
  it('finds syntax errors and recognises JUEL', () => {
    expect(feelSyntaxError('a >')).toBeDefined();
    expect(feelSyntaxError('a > 1')).toBeUndefined();
    expect(feelSyntaxError('a == "yes"')).toMatch(/not FEEL/);
    expect(feelSyntaxError('a && b')).toMatch(/not FEEL/);
    expect(feelSyntaxError('a != "x == y"')).toBeUndefined();
    expect(isJuel('${amount > 1}')).toBe(true);
    expect(isJuel('amount > 1')).toBe(false);
  });
});
