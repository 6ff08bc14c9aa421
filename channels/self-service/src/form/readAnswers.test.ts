import { describe, expect, it } from 'vitest';
import { EVERY_WIDGET, EVERY_WIDGET_LABELS } from '../../test/sampleViews';
import { parseFormBody } from '../http/formBody';
import { fieldModel } from './fieldModel';
import { readAnswers, valueAt } from './readAnswers';

describe('readAnswers', () => {
  const fields = fieldModel(EVERY_WIDGET, EVERY_WIDGET_LABELS, { yes: 'Sí', no: 'No' });

  it('reads a posted form into answers shaped like the step form, values as posted', () => {
    // given a browser's urlencoded post
    const body = parseFormBody(
      '_csrf=t&stepId=S&officeId=CAISS-BCN-01&topics=pensions&topics=health&wantsCallback=true&newAddress.street=Calle+Mayor&newAddress.postcode=28013&notes=&unknown=x',
    );
    // when
    const answers = readAnswers(fields, body);
    // then
    expect(answers).toEqual({
      officeId: 'CAISS-BCN-01',
      topics: ['pensions', 'health'],
      wantsCallback: 'true',
      notes: '',
      newAddress: { street: 'Calle Mayor', postcode: '28013' },
    });
  });

  it('reads one checked checkbox as a list, and leaves out groups nobody filled', () => {
    // given
    const body = parseFormBody('topics=health');
    // when
    const answers = readAnswers(fields, body);
    // then
    expect(answers).toEqual({ topics: ['health'] });
  });

  it('reads checkbox values of number items as numbers', () => {
    // given
    const numeric = fieldModel(
      { type: 'object', properties: { n: { type: 'array', items: { type: 'integer', enum: [1, 2, 3] } } } },
      {},
      { yes: 'y', no: 'n' },
    );
    // when
    const answers = readAnswers(numeric, parseFormBody('n=1&n=3'));
    // then
    expect(answers).toEqual({ n: [1, 3] });
  });

  it('finds values at dotted paths', () => {
    expect(valueAt({ a: { b: 2 } }, 'a.b')).toBe(2);
    expect(valueAt({ a: null }, 'a.b')).toBeUndefined();
  });
});
