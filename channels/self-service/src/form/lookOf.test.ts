import { fieldsOf } from '@cauce/forms';
import { describe, expect, it } from 'vitest';
import { EVERY_WIDGET, EVERY_WIDGET_LABELS, stepView } from '../../test/sampleViews';
import { testShell } from '../../test/testShell';
import { stepFields } from '../pages/StepPage';
import { lookOf } from './lookOf';
import { pageField } from './pageField';

const fields = stepFields(
  stepView({ step: { id: 'S', title: 'T', text: '', form: EVERY_WIDGET, labels: EVERY_WIDGET_LABELS } }),
  testShell(),
);
const byPath = Object.fromEntries([...fields, ...fields[6].children].map((f) => [f.path, f]));

describe('lookOf', () => {
  it('gives phones, emails and dates their input types and keyboards', () => {
    expect(lookOf(byPath.callbackPhone)).toMatchObject({ inputType: 'tel', inputMode: 'tel', width: 'w20' });
    expect(lookOf(byPath.preferredDate)).toMatchObject({ inputType: 'date', inputMode: undefined });
    expect(lookOf(fieldsOf({ type: 'object', properties: { email: { type: 'string' } } }, {})[0])).toMatchObject({
      inputType: 'email',
      inputMode: 'email',
      spellcheck: false,
    });
  });

  it('asks numbers, postcodes and digits-only patterns with a numeric keyboard and no spell checking', () => {
    // given
    const form = {
      type: 'object' as const,
      properties: { n: { type: 'integer' as const }, code: { type: 'string' as const, pattern: '^\\d{4}$' } },
    };
    // when
    const [n, code] = fieldsOf(form, {}).map(lookOf);
    // then
    expect(lookOf(byPath['newAddress.postcode'])).toMatchObject({
      inputMode: 'numeric',
      width: 'w6',
      spellcheck: false,
    });
    expect(n).toMatchObject({ inputType: 'text', inputMode: 'numeric', spellcheck: false });
    expect(code.inputMode).toBe('numeric');
  });

  it('sizes inputs by the longest answer, and spell-checks only free text that is not personal', () => {
    expect(lookOf(byPath['newAddress.street'])).toMatchObject({ width: 'full', spellcheck: true });
    expect(lookOf(byPath['newAddress.floor']).width).toBe('w20');
    expect(lookOf({ ...byPath['newAddress.street'], sensitive: true }).spellcheck).toBe(false);
  });

  it('lets the pages’ own questions set their look', () => {
    // given
    const code = pageField('code', 'Código', { look: { width: 'w6', inputMode: 'numeric' } });
    // then
    expect(lookOf(code)).toEqual({ inputType: 'text', inputMode: 'numeric', width: 'w6', spellcheck: true });
  });
});
