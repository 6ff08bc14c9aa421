import { describe, expect, it } from 'vitest';
import { fieldsOf } from '../fieldsOf';
import { bankDraft } from './fixtures/bankDraft';
import { expectValid } from './fixtures/expectValid';
import { setChoiceOptions } from './setChoiceOptions';

describe('setChoiceOptions', () => {
  it('sets the values in order with labels per language; labels of options gone go everywhere', () => {
    // given
    const draft = bankDraft();
    // when
    const set = setChoiceOptions(draft, 'holder', [
      { value: 'authorised', labels: { es: 'Autorizada', en: 'Authorised' } },
      { value: 'co-holder' },
    ]);
    // then
    if (!set.ok) throw new Error(set.problem);
    expect(set.value.form.properties.holder!.enum).toEqual(['authorised', 'co-holder']);
    const es = set.value.texts.es!.steps.EnterBankDetails!.agent!.fields!;
    expect(es.holder).toEqual({ label: 'Titularidad', options: { authorised: 'Autorizada' } });
    const field = fieldsOf(set.value.form, es as never).find((f) => f.path === 'holder')!;
    expect(field.options).toEqual([
      { value: 'authorised', label: 'Autorizada' },
      { value: 'co-holder', label: 'co-holder' },
    ]);
    expectValid(set.value);
  });

  it('refuses no options, a blank value or a value twice', () => {
    // given
    const draft = bankDraft();
    // when / then
    for (const options of [[], [{ value: ' ' }], [{ value: 'a' }, { value: 'a' }]])
      expect(setChoiceOptions(draft, 'holder', options)).toEqual({ ok: false, problem: 'options-invalid' });
  });
});
