import { describe, expect, it } from 'vitest';
import { fieldsOf } from '../fieldsOf';
import { bankDraft } from './fixtures/bankDraft';
import { expectValid } from './fixtures/expectValid';
import { moveField } from './moveField';

describe('moveField', () => {
  it('moves a field up or down among its siblings, as the renderers will order it', () => {
    // given
    const draft = bankDraft();
    // when
    const down = moveField(draft, 'iban', 1);
    const top = moveField(draft, 'coHolderName', 0);
    const past = moveField(draft, 'iban', 99);
    // then
    const order = (d: typeof draft) => fieldsOf(d.form, {}).map((f) => f.path);
    expect(order(down)).toEqual(['holder', 'iban', 'coHolderName']);
    expect(order(top)).toEqual(['coHolderName', 'iban', 'holder']);
    expect(order(past)).toEqual(['holder', 'coHolderName', 'iban']);
    expect(Object.keys(top.form.properties)).toEqual(['coHolderName', 'iban', 'holder']);
    expect(order(draft)).toEqual(['iban', 'holder', 'coHolderName']);
    expectValid(down);
  });
});
