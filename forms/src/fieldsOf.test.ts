import { validateFormSchema, type FormField } from '@cauce/schemas';
import { describe, expect, it } from 'vitest';
import { fieldsOf } from './fieldsOf';
import { EVERY_KIND, EVERY_KIND_LABELS } from './fixtures/everyKind';

const byPath = (fields: ReturnType<typeof fieldsOf>) =>
  Object.fromEntries(fields.flatMap((f) => [f, ...f.children]).map((f) => [f.path, f]));

describe('fieldsOf', () => {
  it('is tested on a valid step form', () => {
    expect(validateFormSchema(EVERY_KIND)).toMatchObject({ ok: true });
  });

  it('orders fields by x-cauce-order, then as declared, and gives each its kind', () => {
    // when
    const fields = fieldsOf(EVERY_KIND, EVERY_KIND_LABELS);
    // then
    expect(fields.map((f) => [f.path, f.kind, f.control])).toEqual([
      ['officeId', 'choice', 'select'],
      ['preferredDate', 'date', undefined],
      ['topics', 'choices', undefined],
      ['wantsCallback', 'yesNo', 'radios'],
      ['callbackPhone', 'phone', undefined],
      ['notes', 'textarea', undefined],
      ['newAddress', 'group', undefined],
      ['children', 'number', undefined],
      ['email', 'email', undefined],
      ['internalNote', 'text', undefined],
    ]);
    expect(fields[6].children.map((f) => [f.path, f.kind, f.id])).toEqual([
      ['newAddress.street', 'text', 'f-newAddress-street'],
      ['newAddress.floor', 'text', 'f-newAddress-floor'],
      ['newAddress.postcode', 'text', 'f-newAddress-postcode'],
    ]);
  });

  it('takes labels, hints and option labels from the view, else from the schema, else the names', () => {
    // given
    const form: FormField = {
      type: 'object',
      properties: {
        few: { title: 'Pocos', description: 'Elija uno', oneOf: [{ const: 'x', title: 'Equis' }, { const: 'y' }] },
        many: { type: 'string', enum: ['a', 'b', null] },
      },
    };
    // when
    const fields = fieldsOf(form, { many: { label: 'Muchos', options: { a: 'A' } } });
    // then
    expect(fields[0]).toMatchObject({ label: 'Pocos', hint: 'Elija uno', valueType: 'string' });
    expect(fields[0].options).toEqual([
      { value: 'x', label: 'Equis' },
      { value: 'y', label: 'y' },
    ]);
    expect(fields[1].label).toBe('Muchos');
    expect(fields[1].options).toEqual([
      { value: 'a', label: 'A' },
      { value: 'b', label: 'b' },
    ]);
    expect(byPath(fieldsOf(EVERY_KIND, EVERY_KIND_LABELS)).email.label).toBe('email');
  });

  it('says which fields are required, required only when another answer asks, or optional', () => {
    // when
    const fields = byPath(fieldsOf(EVERY_KIND, EVERY_KIND_LABELS));
    // then
    expect(fields.officeId.requirement).toBe('required');
    expect(fields.callbackPhone.requirement).toBe('conditional');
    expect(fields.preferredDate.requirement).toBe('optional');
    expect(fields.newAddress.requirement).toBe('required');
    expect(fields['newAddress.street'].requirement).toBe('required');
    expect(fields['newAddress.floor'].requirement).toBe('optional');
  });

  it('asks a choice with radios up to the renderer’s size and with a select past it, unless the form says', () => {
    // given
    const eight = ['1', '2', '3', '4', '5', '6', '7', '8'];
    const form: FormField = {
      type: 'object',
      properties: {
        six: { type: 'string', enum: eight.slice(0, 6) },
        eight: { type: 'string', enum: eight },
        radio: { type: 'string', enum: eight, 'x-cauce-widget': 'radio' },
        select: { type: 'string', enum: ['1', '2'], 'x-cauce-widget': 'select' },
      },
    };
    // when
    const pages = fieldsOf(form, {});
    const console = fieldsOf(form, {}, { radiosUpTo: 5 });
    // then
    expect(pages.map((f) => f.control)).toEqual(['radios', 'select', 'radios', 'select']);
    expect(console.map((f) => f.control)).toEqual(['select', 'select', 'radios', 'select']);
  });

  it('asks yes/no with radios labelled in the language, or with one checkbox when the renderer says so', () => {
    // when
    const radios = fieldsOf(EVERY_KIND, EVERY_KIND_LABELS, { yesNo: { yes: 'Sí', no: 'No' } })[3];
    const checkbox = fieldsOf(EVERY_KIND, EVERY_KIND_LABELS, { yesNoAs: 'checkbox' })[3];
    const labelled = fieldsOf(EVERY_KIND, {
      wantsCallback: { label: 'L', options: { true: 'Vale', false: 'Nunca' } },
    })[3];
    // then
    expect(radios).toMatchObject({ kind: 'yesNo', control: 'radios', valueType: 'boolean' });
    expect(radios.options).toEqual([
      { value: 'true', label: 'Sí' },
      { value: 'false', label: 'No' },
    ]);
    expect(checkbox.control).toBe('checkbox');
    expect(labelled.options.map((o) => o.label)).toEqual(['Vale', 'Nunca']);
  });

  it('infers kinds from types, formats, lengths and names when the form gives no widget', () => {
    // given
    const form: FormField = {
      type: 'object',
      properties: {
        long: { type: 'string', maxLength: 500 },
        longAsText: { type: 'string', maxLength: 500, 'x-cauce-widget': 'text' },
        when: { type: 'string', format: 'date' },
        mail: { type: 'string', format: 'email' },
        mobile: { type: 'string' },
        ratio: { type: 'number' },
        tags: { type: 'array', items: { type: 'integer', enum: [1, 2] } },
        agree: { type: 'boolean', 'x-cauce-widget': 'checkbox' },
      },
    };
    // when
    const fields = fieldsOf(form, {});
    // then
    expect(fields.map((f) => f.kind)).toEqual([
      'textarea',
      'text',
      'date',
      'email',
      'phone',
      'number',
      'choices',
      'yesNo',
    ]);
    expect(fields[6]).toMatchObject({
      valueType: 'integer',
      options: [
        { value: '1', label: '1' },
        { value: '2', label: '2' },
      ],
    });
  });

  it('carries constraints, input purpose, sensitivity, visibility and read-only from the schema', () => {
    // when
    const fields = byPath(fieldsOf(EVERY_KIND, EVERY_KIND_LABELS));
    // then
    expect(fields.children).toMatchObject({ minimum: 0, maximum: 20, valueType: 'integer' });
    expect(fields['newAddress.street']).toMatchObject({ maxLength: 120, autocomplete: 'address-line1' });
    expect(fields['newAddress.postcode']).toMatchObject({
      pattern: '^(0[1-9]|[1-4][0-9]|5[0-2])[0-9]{3}$',
      autocomplete: 'postal-code',
    });
    expect(fields.callbackPhone.autocomplete).toBe('tel');
    expect(fields.newAddress.sensitive).toBe(true);
    expect(fields.officeId.sensitive).toBe(false);
    expect(fields.internalNote).toMatchObject({ readOnly: true, visibleTo: ['agent-l2'], channels: ['agent'] });
    expect(fields.officeId.readOnly).toBe(false);
  });

  it('gives each field the answer it holds and its error', () => {
    // when
    const fields = byPath(
      fieldsOf(EVERY_KIND, EVERY_KIND_LABELS, {
        answers: { topics: ['health'], newAddress: { street: 'Calle Mayor' } },
        errors: [{ field: 'newAddress.postcode', message: 'El formato no es válido.' }],
      }),
    );
    // then
    expect(fields.topics.value).toEqual(['health']);
    expect(fields['newAddress.street'].value).toBe('Calle Mayor');
    expect(fields.newAddress.value).toEqual({ street: 'Calle Mayor' });
    expect('value' in fields.officeId).toBe(false);
    expect(fields['newAddress.postcode'].error).toBe('El formato no es válido.');
    expect('error' in fields.newAddress).toBe(false);
  });
});
