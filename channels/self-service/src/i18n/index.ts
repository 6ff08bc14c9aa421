import { LANGUAGES } from '@cauce/schemas';
import type { Language } from '../contract';
import { ca } from './ca';
import { en } from './en';
import { es, type Messages } from './es';
import { eu } from './eu';
import { gl } from './gl';

export type { Messages };

/** The languages of the pages, in the order the switch shows them (Cauce's five); Spanish is the reference. @public */
export { LANGUAGES };

/** Every language's page chrome. @internal */
export const MESSAGES: Record<Language, Messages> = { es, ca, eu, gl, en };

/** A translator for one language: `t('noResults', { q })` fills `{q}`. @internal */
export type T = (key: keyof Messages, values?: Record<string, string | number>) => string;

/** The translator of a language (unknown languages read Spanish). @internal */
export function translator(language: Language): T {
  const messages = MESSAGES[language] ?? es;
  return (key, values) => {
    const text = messages[key] ?? es[key];
    return values
      ? text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole))
      : text;
  };
}

/** Whether a string names one of the page languages. @internal */
export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}
