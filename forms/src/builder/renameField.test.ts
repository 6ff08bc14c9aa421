import { describe, expect, it } from 'vitest';
import { bankDraft } from './fixtures/bankDraft';
import { expectValid } from './fixtures/expectValid';
import { renameField } from './renameField';

describe('renameField', () => {
  it('renames in place: position, requirement, rules and texts (with fingerprints) follow', () => {
    // given
    const draft = bankDraft();
    // when
    const renamed = renameField(draft, 'holder', 'ownership');
    // then
    if (!renamed.ok) throw new Error(renamed.problem);
    const { form, texts } = renamed.value;
    expect(Object.keys(form.properties)).toEqual(['iban', 'ownership', 'coHolderName']);
    expect(form.required).toEqual(['iban', 'ownership']);
    expect(form.allOf).toEqual([
      { if: { properties: { ownership: { const: 'co-holder' } } }, then: { required: ['coHolderName'] } },
    ]);
    expect(texts.es!.steps.EnterBankDetails!.agent!.fields!.ownership).toEqual({
      label: 'Titularidad',
      options: { holder: 'Titular' },
    });
    expect(texts.ca!.translatedFrom).toEqual({
      '/steps/EnterBankDetails/agent/fields/ownership/label': 'fnv1a:0123abcd',
    });
    expectValid(renamed.value);
  });

  it('refuses a taken or malformed name', () => {
    // given
    const draft = bankDraft();
    // when / then
    expect(renameField(draft, 'holder', 'iban')).toEqual({ ok: false, problem: 'name-taken' });
    expect(renameField(draft, 'holder', 'a-b')).toEqual({ ok: false, problem: 'name-invalid' });
  });
});
