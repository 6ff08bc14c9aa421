import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readAnswers, type FormValues } from './readAnswers';

const form = (procedure: string, step: string) =>
  JSON.parse(
    readFileSync(new URL(`../../../../../procedures/${procedure}/forms/${step}.schema.json`, import.meta.url), 'utf8'),
  );
const values = (entries: Array<[string, string]>): FormValues => ({
  getAll: (name) => entries.filter(([k]) => k === name).map(([, v]) => v),
});

describe('readAnswers', () => {
  it('posts radio and select values as the enum values, and leaves empty inputs out', () => {
    // when
    const answers = readAnswers(
      form('appointment-booking', 'ChooseOffice'),
      values([
        ['subject', 'general'],
        ['officeId', 'CAISS-VGO-01'],
        ['preferredDate', ''],
      ]),
    );
    // then
    expect(answers).toEqual({ subject: 'general', officeId: 'CAISS-VGO-01' });
  });

  it('nests dotted inputs into objects and trims text', () => {
    // given
    const inputs: Array<[string, string]> = [
      ['newAddress.street', ' Calle de Alcalá '],
      ['newAddress.number', '45'],
      ['newAddress.floor', ''],
      ['newAddress.postcode', '28014'],
      ['newAddress.municipality', 'Madrid'],
      ['newAddress.province', 'Madrid'],
    ];
    // when
    const answers = readAnswers(form('change-of-address', 'EnterNewAddress'), values(inputs));
    // then
    expect(answers).toEqual({
      newAddress: {
        street: 'Calle de Alcalá',
        number: '45',
        postcode: '28014',
        municipality: 'Madrid',
        province: 'Madrid',
      },
    });
  });

  it('types numbers, booleans and arrays by the schema', () => {
    // given
    const schema = {
      properties: {
        n: { type: 'number' },
        i: { type: 'integer' },
        ok: { type: 'boolean' },
        off: { type: 'boolean' },
        yn: { type: 'boolean', enum: [true, false] },
        tags: { type: 'array', items: { type: 'string' } },
        none: { type: 'array' },
      },
    };
    // when
    const answers = readAnswers(
      schema,
      values([
        ['n', '2,5'],
        ['i', '7'],
        ['ok', 'true'],
        ['yn', 'false'],
        ['tags', 'a'],
        ['tags', 'b'],
      ]),
    );
    // then
    expect(answers).toEqual({ n: 2.5, i: 7, ok: true, off: false, yn: false, tags: ['a', 'b'] });
  });
});
