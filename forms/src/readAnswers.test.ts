import type { FormField } from '@cauce/schemas';
import { describe, expect, it } from 'vitest';
import { fieldsOf } from './fieldsOf';
import { EVERY_KIND, EVERY_KIND_LABELS } from './fixtures/everyKind';
import { readAnswers } from './readAnswers';

const pages = fieldsOf(EVERY_KIND, EVERY_KIND_LABELS);
const formData = (entries: Array<[string, string]>) => {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  return data;
};

describe('readAnswers', () => {
  it('reads a posted body into answers shaped and typed like the form, and ignores names it did not render', () => {
    // given a browser's urlencoded post, parsed (repeated names as lists)
    const body = {
      _csrf: 't',
      officeId: 'CAISS-BCN-01',
      topics: ['pensions', 'health'],
      wantsCallback: 'true',
      'newAddress.street': 'Calle Mayor',
      'newAddress.postcode': '28013',
      children: '2',
      notes: '',
      unknown: 'x',
    };
    // when
    const answers = readAnswers(pages, body);
    // then
    expect(answers).toEqual({
      officeId: 'CAISS-BCN-01',
      topics: ['pensions', 'health'],
      wantsCallback: true,
      newAddress: { street: 'Calle Mayor', postcode: '28013' },
      children: 2,
    });
  });

  it('reads a FormData the same way, every value typed by its field', () => {
    // given
    const form: FormField = {
      type: 'object',
      properties: {
        n: { type: 'number' },
        yn: { type: 'boolean', enum: [true, false] },
        tags: { type: 'array', items: { type: 'integer', enum: [1, 2, 3] } },
        code: { type: ['string', 'integer'] },
      },
    };
    const data = formData([
      ['n', '2,5'],
      ['yn', 'false'],
      ['tags', '1'],
      ['tags', '3'],
      ['code', '007'],
    ]);
    // when
    const answers = readAnswers(fieldsOf(form, {}), data);
    // then
    expect(answers).toEqual({ n: 2.5, yn: false, tags: [1, 3], code: '007' });
  });

  it('trims free text and leaves blank answers out, but keeps choice values exactly as the form has them', () => {
    // given
    const form: FormField = {
      type: 'object',
      properties: { name: { type: 'string' }, pick: { enum: [' a ', 'b'] }, none: {} },
    };
    // when
    const answers = readAnswers(fieldsOf(form, {}), { name: '  Ana ', pick: ' a ', none: '   ' });
    // then
    expect(answers).toEqual({ name: 'Ana', pick: ' a ' });
  });

  it('leaves out an object nobody filled, unless the form requires it: then each of its fields is told', () => {
    // given
    const form: FormField = {
      type: 'object',
      required: ['home'],
      properties: {
        home: { type: 'object', required: ['street'], properties: { street: { type: 'string' } } },
        work: { type: 'object', required: ['street'], properties: { street: { type: 'string' } } },
      },
    };
    // when
    const answers = readAnswers(fieldsOf(form, {}), { 'home.street': '', 'work.street': ' ' });
    // then
    expect(answers).toEqual({ home: {} });
  });

  it('reads an unticked yes/no checkbox as no, and unanswered yes/no radios as no answer', () => {
    // given
    const console = fieldsOf(EVERY_KIND, EVERY_KIND_LABELS, { yesNoAs: 'checkbox' });
    // when
    const unticked = readAnswers(console, formData([]));
    const ticked = readAnswers(console, formData([['wantsCallback', 'true']]));
    const unanswered = readAnswers(pages, {});
    // then
    expect(unticked).toEqual({ wantsCallback: false, newAddress: {} });
    expect(ticked.wantsCallback).toBe(true);
    expect(unanswered).toEqual({ newAddress: {} });
  });
});
