import { describe, expect, it } from 'vitest';
import { fieldsOf } from '../fieldsOf';
import { bankDraft } from './fixtures/bankDraft';
import { expectValid } from './fixtures/expectValid';
import { readFieldTexts } from './readFieldTexts';
import { setFieldText } from './setFieldText';

describe('setFieldText and readFieldTexts', () => {
  it('writes a label or hint in one language on each channel, where the renderers read it', () => {
    // given
    const draft = bankDraft();
    // when
    const labelled = setFieldText(draft, 'coHolderName', 'en', 'label', 'Co-holder');
    const hinted = setFieldText(labelled, 'coHolderName', 'en', 'help', 'As on the bank record');
    // then
    const web = hinted.texts.en!.steps.EnterBankDetails!.web!;
    expect(web.fields!.coHolderName).toEqual({ label: 'Co-holder', help: 'As on the bank record' });
    expect(fieldsOf(hinted.form, web.fields as never)[2]).toMatchObject({
      label: 'Co-holder',
      hint: 'As on the bank record',
    });
    expect(readFieldTexts(hinted, 'coHolderName')).toEqual({
      en: { label: 'Co-holder', help: 'As on the bank record' },
    });
    expectValid(hinted);
  });

  it('a blank text removes it, and an empty field text goes', () => {
    // given
    const draft = bankDraft();
    // when
    const cleared = setFieldText(draft, 'iban', 'es', 'label', '  ');
    // then
    expect(cleared.texts.es!.steps.EnterBankDetails!.web).toEqual({ title: 'Su nueva cuenta', text: '' });
    expect(readFieldTexts(cleared, 'iban')).toEqual({});
    expectValid(cleared);
  });

  it('leaves a language without a texts file alone', () => {
    // when
    const set = setFieldText(bankDraft(), 'iban', 'eu', 'label', 'IBANa');
    // then
    expect(set.texts.eu).toBeUndefined();
  });
});
