import { describe, expect, it } from 'vitest';
import { addField } from './addField';
import { bankDraft } from './fixtures/bankDraft';
import { expectValid } from './fixtures/expectValid';
import { removeField } from './removeField';

describe('removeField', () => {
  it('removes the field, its requirement, the rules that read it, and its texts in every language', () => {
    // given
    const draft = bankDraft();
    // when
    const removed = removeField(draft, 'holder');
    // then
    expect(Object.keys(removed.form.properties)).toEqual(['iban', 'coHolderName']);
    expect(removed.form.required).toEqual(['iban']);
    expect(removed.form.allOf).toBeUndefined();
    expect(removed.texts.es!.steps.EnterBankDetails!.agent!.fields).toEqual({ iban: { label: 'IBAN' } });
    expect(removed.texts.ca!.steps.EnterBankDetails!.agent!.fields).toBeUndefined();
    expect(removed.texts.ca!.translatedFrom).toEqual({});
    expectValid(removed);
    expect(draft.form.properties.holder).toBeDefined();
  });

  it('drops a field from the rules that require it, keeping the rule while it requires others', () => {
    // given
    const draft = bankDraft();
    // when
    const removed = removeField(draft, 'coHolderName');
    // then
    expect(removed.form.allOf).toBeUndefined();
    expect(removed.form.required).toEqual(['iban', 'holder']);
    expect(Object.values(removed.form.properties).map((f) => f!['x-cauce-order'])).toEqual([1, 2]);
    expectValid(removed);
  });

  it('removes a group with the texts of the fields inside it', () => {
    // given
    const added = addField(bankDraft(), {
      name: 'home',
      type: 'address',
      texts: { '': { es: { label: 'Domicilio' } }, street: { es: { label: 'Calle' } } },
    });
    if (!added.ok) throw new Error(added.problem);
    // when
    const removed = removeField(added.value, 'home');
    // then
    expect(JSON.stringify(removed.texts)).not.toContain('home');
    expectValid(removed);
  });
});
