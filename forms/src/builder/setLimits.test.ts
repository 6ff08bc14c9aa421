import { describe, expect, it } from 'vitest';
import { addField } from './addField';
import { bankDraft } from './fixtures/bankDraft';
import { expectValid } from './fixtures/expectValid';
import { setLimits } from './setLimits';

describe('setLimits', () => {
  it('sets lengths on a text and a range on a number; null removes a limit', () => {
    // given
    const added = addField(bankDraft(), { name: 'children', type: 'number' });
    if (!added.ok) throw new Error(added.problem);
    // when
    const text = setLimits(added.value, 'coHolderName', { min: 2, max: null });
    const number = setLimits(added.value, 'children', { min: 0, max: 20 });
    // then
    if (!text.ok || !number.ok) throw new Error('refused');
    expect(text.value.form.properties.coHolderName).toMatchObject({ minLength: 2 });
    expect(text.value.form.properties.coHolderName).not.toHaveProperty('maxLength');
    expect(number.value.form.properties.children).toMatchObject({ minimum: 0, maximum: 20 });
    expectValid(text.value);
    expectValid(number.value);
  });

  it('refuses a minimum above the maximum, and a negative or fractional length', () => {
    // given
    const draft = bankDraft();
    // when / then
    expect(setLimits(draft, 'coHolderName', { min: 300 })).toEqual({ ok: false, problem: 'limits-crossed' });
    expect(setLimits(draft, 'coHolderName', { min: -1 })).toEqual({ ok: false, problem: 'limits-crossed' });
    expect(setLimits(draft, 'coHolderName', { max: 2.5 })).toEqual({ ok: false, problem: 'limits-crossed' });
  });
});
