import { describe, expect, it } from 'vitest';
import { isStalePlan, StatementNames } from './StatementNames';

describe('StatementNames', () => {
  it('gives one name per text, the same every time', () => {
    // given
    const names = new StatementNames();
    // when
    const a = [names.nameOf('select $1'), names.nameOf('select $1'), names.nameOf('select $1 + 1')];
    // then
    expect(a[0]).toMatch(/^cauce_[0-9a-f]{24}$/);
    expect(a[1]).toBe(a[0]);
    expect(a[2]).not.toBe(a[0]);
  });

  it('leaves texts past its limit unnamed, and a text unnamed once unnamed for good', () => {
    // given
    const names = new StatementNames(2);
    names.nameOf('select 1 where $1');
    names.nameOf('select 2 where $1');
    // when
    const third = names.nameOf('select 3 where $1');
    names.unname('select 1 where $1');
    // then
    expect(third).toBeUndefined();
    expect(names.nameOf('select 1 where $1')).toBeUndefined();
    expect(names.nameOf('select 2 where $1')).toBeDefined();
  });

  it('tells a stale prepared plan from other errors', () => {
    expect(isStalePlan(Object.assign(new Error('cached plan must not change result type'), { code: '0A000' }))).toBe(
      true,
    );
    expect(isStalePlan(Object.assign(new Error('something else unsupported'), { code: '0A000' }))).toBe(false);
    expect(isStalePlan(undefined)).toBe(false);
  });
});
