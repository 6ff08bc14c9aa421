import { describe, expect, it } from 'vitest';
import { EVERY_WIDGET, EVERY_WIDGET_LABELS } from '../../test/sampleViews';
import { fieldId, fieldModel } from './fieldModel';

const yesNo = { yes: 'Sí', no: 'No' };

describe('fieldModel', () => {
  it('orders fields by x-cauce-order and picks each widget from the schema and its hints', () => {
    // given a form with every widget
    // when
    const fields = fieldModel(EVERY_WIDGET, EVERY_WIDGET_LABELS, yesNo);
    // then
    expect(fields.map((f) => [f.path, f.kind])).toEqual([
      ['officeId', 'select'],
      ['preferredDate', 'date'],
      ['topics', 'checkboxes'],
      ['wantsCallback', 'radios'],
      ['callbackPhone', 'text'],
      ['notes', 'textarea'],
      ['newAddress', 'group'],
    ]);
    expect(fields[6].children.map((f) => f.path)).toEqual([
      'newAddress.street',
      'newAddress.floor',
      'newAddress.postcode',
    ]);
  });

  it('keeps enum values as option values, with the step’s labels', () => {
    // given
    const fields = fieldModel(EVERY_WIDGET, EVERY_WIDGET_LABELS, yesNo);
    // when
    const office = fields.find((f) => f.path === 'officeId')!;
    const callback = fields.find((f) => f.path === 'wantsCallback')!;
    // then
    expect(office.options).toEqual([
      { value: 'CAISS-MAD-01', label: 'Madrid, centro' },
      { value: 'CAISS-BCN-01', label: 'Barcelona' },
    ]);
    expect(callback.options).toEqual([
      { value: 'true', label: 'Sí' },
      { value: 'false', label: 'No' },
    ]);
  });

  it('marks optional only what no rule requires, and sets input purpose, type and width', () => {
    // given
    const fields = fieldModel(EVERY_WIDGET, EVERY_WIDGET_LABELS, yesNo);
    const byPath = Object.fromEntries([...fields, ...fields[6].children].map((f) => [f.path, f]));
    // then
    expect(byPath.officeId.optional).toBe(false);
    expect(byPath.preferredDate.optional).toBe(true);
    expect(byPath.callbackPhone.optional).toBe(false); // required by allOf/then when wantsCallback
    expect(byPath['newAddress.floor'].optional).toBe(true);
    expect(byPath.callbackPhone).toMatchObject({ autocomplete: 'tel', inputType: 'tel', inputMode: 'tel' });
    expect(byPath['newAddress.postcode']).toMatchObject({
      autocomplete: 'postal-code',
      inputMode: 'numeric',
      width: 'w6',
    });
    expect(byPath['newAddress.street']).toMatchObject({ autocomplete: 'address-line1', width: 'full' });
    expect(byPath.preferredDate.inputType).toBe('date');
  });

  it('uses a select past seven choices unless the form asks for radios, and falls back to names without texts', () => {
    // given
    const many = {
      type: 'object',
      properties: {
        a: { type: 'string', enum: ['1', '2', '3', '4', '5', '6', '7', '8'] },
        b: { type: 'string', enum: ['1', '2', '3', '4', '5', '6', '7', '8'], 'x-cauce-widget': 'radio' },
      },
    };
    // when
    const fields = fieldModel(many, {}, yesNo);
    // then
    expect(fields.map((f) => f.kind)).toEqual(['select', 'radios']);
    expect(fields[0].label).toBe('a');
  });

  it('makes ids that are valid fragment targets', () => {
    expect(fieldId('newAddress.postcode')).toBe('f-newAddress-postcode');
    expect(fieldId('a b/c')).toBe('f-a-b-c');
  });
});
