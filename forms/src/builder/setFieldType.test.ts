import { describe, expect, it } from 'vitest';
import { fieldsOf } from '../fieldsOf';
import { fieldTypeOf } from './fieldTypeOf';
import { bankDraft } from './fixtures/bankDraft';
import { expectValid } from './fixtures/expectValid';
import { setFieldType } from './setFieldType';

describe('setFieldType', () => {
  it('rewrites the schema for the type, keeping position and sensitivity, and drops texts that no longer apply', () => {
    // given
    const draft = bankDraft();
    draft.form.properties.holder!['x-cauce-sensitive'] = true;
    // when
    const changed = setFieldType(draft, 'holder', 'nif', { texts: { '': { es: { patternMessage: 'Un DNI o NIE' } } } });
    // then
    expect(changed.form.properties.holder).toEqual({
      type: 'string',
      pattern: '^[0-9XYZxyz][0-9]{7}[A-Za-z]$',
      maxLength: 9,
      'x-cauce-order': 2,
      'x-cauce-sensitive': true,
    });
    expect(fieldTypeOf(changed.form.properties.holder!)).toBe('nif');
    expect(changed.texts.es!.steps.EnterBankDetails!.agent!.fields!.holder).toEqual({
      label: 'Titularidad',
      patternMessage: 'Un DNI o NIE',
    });
    expectValid(changed);
  });

  it('a choice with many options is drawn as a select by the renderers, with few as radios', () => {
    // given
    const draft = bankDraft();
    // when
    const few = setFieldType(draft, 'holder', 'choice', { values: ['a', 'b', 'c'] });
    const many = setFieldType(draft, 'holder', 'choice', { values: ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'] });
    // then
    const control = (d: typeof draft) => fieldsOf(d.form, {}).find((f) => f.path === 'holder')!.control;
    expect(control(few)).toBe('radios');
    expect(control(many)).toBe('select');
    expectValid(many);
  });

  it('a group becoming a text loses the texts of its fields', () => {
    // given
    const address = setFieldType(bankDraft(), 'iban', 'address', {
      texts: { street: { es: { label: 'Calle' } } },
    });
    // when
    const text = setFieldType(address, 'iban', 'text');
    // then
    expect(JSON.stringify(text.texts)).not.toContain('iban.street');
    expect(text.form.properties.iban).toEqual({
      type: 'string',
      maxLength: 200,
      'x-cauce-widget': 'text',
      'x-cauce-order': 1,
    });
    expectValid(text);
  });
});
