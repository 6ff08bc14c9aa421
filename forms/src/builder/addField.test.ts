import { describe, expect, it } from 'vitest';
import { fieldsOf } from '../fieldsOf';
import { addField } from './addField';
import { FIELD_TYPES } from './FieldType';
import { bankDraft } from './fixtures/bankDraft';
import { expectValid } from './fixtures/expectValid';

describe('addField', () => {
  it.each(FIELD_TYPES)('adds a %s field that stays inside the form subset', (type) => {
    // given
    const draft = bankDraft();
    // when
    const added = addField(draft, { name: 'extra', type, texts: { '': { es: { label: 'Extra' } } } });
    // then
    expect(added.ok).toBe(true);
    if (!added.ok) return;
    expectValid(added.value);
    expect(Object.keys(added.value.form.properties)).toContain('extra');
  });

  it('puts the field where asked, writes the order both ways, and leaves the draft given unchanged', () => {
    // given
    const draft = bankDraft();
    const before = JSON.stringify(draft);
    // when
    const added = addField(draft, { name: 'contactNumber', type: 'phone', at: 1 });
    // then
    if (!added.ok) throw new Error(added.problem);
    expect(fieldsOf(added.value.form, {}).map((f) => [f.path, f.kind])).toEqual([
      ['iban', 'text'],
      ['contactNumber', 'phone'],
      ['holder', 'choice'],
      ['coHolderName', 'text'],
    ]);
    expect(Object.keys(added.value.form.properties)).toEqual(['iban', 'contactNumber', 'holder', 'coHolderName']);
    expect(JSON.stringify(draft)).toBe(before);
  });

  it('labels the field on each of the step channels, per language, creating a channel texts with the step title', () => {
    // given
    const draft = bankDraft();
    // when
    const added = addField(draft, {
      name: 'newAddress',
      type: 'address',
      texts: { '': { es: { label: 'Domicilio' }, en: { label: 'Address' } }, street: { es: { label: 'Calle' } } },
    });
    // then
    if (!added.ok) throw new Error(added.problem);
    const { es, en } = added.value.texts;
    expect(es!.steps.EnterBankDetails!.agent!.fields!['newAddress.street']).toEqual({ label: 'Calle' });
    expect(es!.steps.EnterBankDetails!.web!.fields!.newAddress).toEqual({ label: 'Domicilio' });
    expect(en!.steps.EnterBankDetails!.agent).toEqual({
      title: 'Tomar la nueva cuenta',
      text: '',
      fields: { newAddress: { label: 'Address' } },
    });
    expectValid(added.value);
  });

  it('refuses a name that is not a field name or that a sibling has', () => {
    // given
    const draft = bankDraft();
    // when / then
    expect(addField(draft, { name: '2nd name', type: 'text' })).toEqual({ ok: false, problem: 'name-invalid' });
    expect(addField(draft, { name: 'iban', type: 'text' })).toEqual({ ok: false, problem: 'name-taken' });
  });

  it('adds inside a group', () => {
    // given
    const withAddress = addField(bankDraft(), { name: 'home', type: 'address' });
    if (!withAddress.ok) throw new Error(withAddress.problem);
    // when
    const added = addField(withAddress.value, { name: 'door', type: 'text', parent: 'home', at: 2 });
    // then
    if (!added.ok) throw new Error(added.problem);
    const home = fieldsOf(added.value.form, {}).find((f) => f.path === 'home')!;
    expect(home.children.map((f) => f.path).slice(0, 4)).toEqual([
      'home.street',
      'home.number',
      'home.door',
      'home.floor',
    ]);
    expectValid(added.value);
  });
});
