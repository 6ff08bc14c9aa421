import { describe, expect, it } from 'vitest';
import { LANGUAGES, MESSAGES, translator } from './index';

describe('page chrome in five languages', () => {
  const reference = MESSAGES.es;

  it.each(LANGUAGES.filter((l) => l !== 'es'))(
    '%s has every Spanish key, none empty, with the same placeholders',
    (language) => {
      // given
      const messages = MESSAGES[language];
      // then
      expect(Object.keys(messages).sort()).toEqual(Object.keys(reference).sort());
      for (const [key, text] of Object.entries(messages)) {
        expect(text.trim(), `${language}.${key}`).not.toBe('');
        const holes = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
        expect(holes(text), `${language}.${key}`).toEqual(holes(reference[key as keyof typeof reference]));
      }
    },
  );

  it('translates most of the chrome (identical strings are the exception, e.g. "Error:")', () => {
    for (const language of LANGUAGES.filter((l) => l !== 'es' && l !== 'gl')) {
      const same = Object.entries(MESSAGES[language])
        .filter(([key, text]) => text === reference[key as keyof typeof reference])
        .map(([key]) => key);
      expect(same.length, `${language}: ${same.join(', ')}`).toBeLessThan(12);
    }
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    const t = translator('en');
    expect(t('noResults', { q: 'tarjeta' })).toBe('No services match “tarjeta”.');
    expect(t('statusOf', {})).toBe('Request {reference}');
  });
});
