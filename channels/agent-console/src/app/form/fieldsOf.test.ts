import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fieldsOf, leaves } from './fieldsOf';

const form = (procedure: string, step: string) =>
  JSON.parse(
    readFileSync(new URL(`../../../../../procedures/${procedure}/forms/${step}.schema.json`, import.meta.url), 'utf8'),
  );

describe('fieldsOf', () => {
  it('orders fields by x-cauce-order and takes widgets, labels and option labels from the view', () => {
    // given
    const schema = form('appointment-booking', 'ChooseOffice');
    const labels = {
      subject: { label: 'Motivo', options: { pensions: 'Pensiones' } },
      officeId: { label: 'Oficina', help: 'La más cercana' },
    };
    // when
    const fields = fieldsOf(schema, labels);
    // then
    expect(fields.map((f) => [f.path, f.kind, f.required])).toEqual([
      ['subject', 'radio', true],
      ['officeId', 'select', true],
      ['preferredDate', 'date', false],
    ]);
    expect(fields[0].options[0]).toEqual({ value: 'pensions', label: 'Pensiones' });
    expect(fields[0].options[1]).toEqual({ value: 'european_health_card', label: 'european_health_card' });
    expect(fields[1]).toMatchObject({ label: 'Oficina', help: 'La más cercana' });
  });

  it('renders an object as a group of its own fields, paths dotted, nullable strings as text', () => {
    // when
    const fields = fieldsOf(form('change-of-address', 'EnterNewAddress'), {
      'newAddress.postcode': { label: 'Código postal' },
    });
    // then
    expect(fields).toHaveLength(1);
    expect(fields[0]).toMatchObject({ path: 'newAddress', kind: 'group', required: true, sensitive: true });
    expect(leaves(fields).map((f) => `${f.path}:${f.kind}:${f.required}`)).toEqual([
      'newAddress.street:text:true',
      'newAddress.number:text:true',
      'newAddress.floor:text:false',
      'newAddress.postcode:text:true',
      'newAddress.municipality:text:true',
      'newAddress.province:text:true',
    ]);
    expect(leaves(fields)[3].label).toBe('Código postal');
  });

  it('infers widgets from types when the form gives none', () => {
    // given
    const schema = {
      properties: {
        agree: { type: 'boolean' },
        count: { type: 'integer' },
        many: { type: 'string', enum: ['a', 'b', 'c', 'd', 'e', 'f'] },
        few: { oneOf: [{ const: 'x', title: 'Equis' }, { const: 'y' }] },
        tags: { type: 'array', items: { enum: ['p', 'q'] } },
      },
    };
    // when
    const fields = fieldsOf(schema, {});
    // then
    expect(fields.map((f) => f.kind)).toEqual(['checkbox', 'number', 'select', 'radio', 'checkboxes']);
    expect(fields[3].options.map((o) => o.value)).toEqual(['x', 'y']);
  });
});
