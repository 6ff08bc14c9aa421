import { describe, expect, it } from 'vitest';
import { channelsErrorRegistry } from '@cauce/channels';
import { MESSAGES, translate } from './index';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/** Buttons whose accessible name (the *Label key) must contain their visible text (WCAG 2.5.3 label in name). */
const LABEL_IN_NAME: Array<[string, string]> = [
  ['catalogue.start', 'catalogue.startLabel'],
  ['answers.change', 'answers.changeLabel'],
  ['queue.view', 'queue.viewLabel'],
  ['queue.take', 'queue.takeLabel'],
  ['resume.submit', 'resume.label'],
];

describe('UI string catalogue', () => {
  it('has every Spanish key, with the same placeholders and no empty text, in ca, eu, gl and en', () => {
    // given
    const reference = MESSAGES.es;
    for (const [language, messages] of Object.entries(MESSAGES)) {
      // then
      expect(Object.keys(messages).sort(), language).toEqual(Object.keys(reference).sort());
      for (const [key, text] of Object.entries(messages)) {
        expect(text.trim(), `${language} ${key}`).not.toBe('');
        expect(placeholders(text), `${language} ${key}`).toEqual(
          placeholders(reference[key as keyof typeof reference]),
        );
      }
    }
  });

  it('words every error the API may answer, so a notice never shows a bare code', () => {
    // given
    const codes = [...channelsErrorRegistry.keys()];
    // then
    expect(codes.filter((code) => !(`error.${code}` in MESSAGES.es))).toEqual([]);
  });

  it('keeps the visible text of a button inside its accessible name, in every language', () => {
    for (const [language, messages] of Object.entries(MESSAGES)) {
      for (const [visible, label] of LABEL_IN_NAME) {
        const m = messages as Record<string, string>;
        expect(m[label].toLowerCase(), `${language} ${label}`).toContain(m[visible].toLowerCase());
      }
    }
  });

  it('fills placeholders and falls back to Spanish, then to the given text, then to the key', () => {
    // when / then
    expect(translate('ca', 'progress.count', { done: 1, total: 3 })).toBe('1 de 3 passos');
    expect(translate('en', 'error.CAUCE_ERR_SOMETHING_NEW', {}, 'fallback')).toBe('fallback');
    expect(translate('eu', 'no.such.key')).toBe('no.such.key');
  });
});
