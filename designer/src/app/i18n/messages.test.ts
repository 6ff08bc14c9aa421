import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '@cauce/schemas/browser';
import { AREAS } from './areas';
import { MESSAGES, translate } from './translate';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the designer UI strings', () => {
  it('has, in every area, every Spanish key in ca, eu, gl and en, with the same placeholders and no empty text', () => {
    for (const [name, area] of Object.entries(AREAS)) {
      // given
      const reference = area.es;
      for (const language of LANGUAGES) {
        const messages = area[language] as Record<string, string>;
        // then
        expect(Object.keys(messages).sort(), `${name} ${language}`).toEqual(Object.keys(reference).sort());
        for (const [key, text] of Object.entries(messages)) {
          expect(text.trim(), `${name} ${language} ${key}`).not.toBe('');
          expect(placeholders(text), `${name} ${language} ${key}`).toEqual(
            placeholders((reference as Record<string, string>)[key]),
          );
        }
      }
    }
  });

  it('keeps each area to its own keys: no key is defined by two areas', () => {
    // given
    const seen = new Map<string, string>();
    const twice: string[] = [];
    // when
    for (const [name, area] of Object.entries(AREAS)) {
      for (const key of Object.keys(area.es)) {
        if (seen.has(key)) twice.push(`${key} (${seen.get(key)}, ${name})`);
        seen.set(key, name);
      }
    }
    // then
    expect(twice).toEqual([]);
    expect(Object.keys(MESSAGES.es)).toHaveLength(seen.size);
  });

  it('fills placeholders and falls back to Spanish, then to the given text, then to the key', () => {
    expect(translate('en', 'catalogue.count', { count: 3 })).toBe('Procedures found: 3');
    expect(translate('eu', 'error.CAUCE_ERR_SOMETHING_NEW', {}, 'the server says')).toBe('the server says');
    expect(translate('gl', 'no.such.key')).toBe('no.such.key');
  });
});
