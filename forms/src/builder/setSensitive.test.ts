import { describe, expect, it } from 'vitest';
import { fieldsOf } from '../fieldsOf';
import { bankDraft } from './fixtures/bankDraft';
import { expectValid } from './fixtures/expectValid';
import { setSensitive } from './setSensitive';

describe('setSensitive', () => {
  it('marks and unmarks personal data', () => {
    // given
    const draft = bankDraft();
    // when
    const marked = setSensitive(draft, 'iban', true);
    const unmarked = setSensitive(marked, 'iban', false);
    // then
    expect(fieldsOf(marked.form, {})[0].sensitive).toBe(true);
    expect(unmarked.form.properties.iban).not.toHaveProperty('x-cauce-sensitive');
    expectValid(marked);
  });
});
