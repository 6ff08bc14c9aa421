import { describe, expect, it } from 'vitest';
import { fieldsOf } from '../fieldsOf';
import { bankDraft } from './fixtures/bankDraft';
import { expectValid } from './fixtures/expectValid';
import { setRequired } from './setRequired';

describe('setRequired', () => {
  it('makes a field required or optional, listing required fields in form order', () => {
    // given
    const draft = bankDraft();
    // when
    const required = setRequired(draft, 'coHolderName', true);
    const optional = setRequired(setRequired(draft, 'iban', false), 'holder', false);
    // then
    expect(required.form.required).toEqual(['iban', 'holder', 'coHolderName']);
    expect(fieldsOf(required.form, {}).map((f) => f.requirement)).toEqual(['required', 'required', 'required']);
    expect(optional.form.required).toBeUndefined();
    expectValid(optional);
  });
});
