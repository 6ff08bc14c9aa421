import { describe, expect, it } from 'vitest';
import { bankDraft } from './fixtures/bankDraft';
import { expectValid } from './fixtures/expectValid';
import { setPattern } from './setPattern';

describe('setPattern', () => {
  it('sets a pattern with its message per language, and removes both', () => {
    // given
    const draft = bankDraft();
    // when
    const set = setPattern(draft, 'coHolderName', '^[^0-9]+$', { es: 'Sin cifras', en: 'No digits' });
    if (!set.ok) throw new Error(set.problem);
    const cleared = setPattern(set.value, 'coHolderName', null);
    // then
    expect(set.value.form.properties.coHolderName!.pattern).toBe('^[^0-9]+$');
    expect(set.value.texts.en!.steps.EnterBankDetails!.web!.fields!.coHolderName).toEqual({
      patternMessage: 'No digits',
    });
    expectValid(set.value);
    if (!cleared.ok) throw new Error(cleared.problem);
    expect(cleared.value.form.properties.coHolderName).not.toHaveProperty('pattern');
    expect(JSON.stringify(cleared.value.texts)).not.toContain('patternMessage');
    expectValid(cleared.value);
  });

  it('refuses what is not a regular expression', () => {
    expect(setPattern(bankDraft(), 'iban', '([a-z')).toEqual({ ok: false, problem: 'pattern-invalid' });
  });
});
