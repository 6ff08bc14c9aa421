import type { Language } from '../api/types';
import { ca } from './ca';
import { en } from './en';
import { es, type MessageKey, type Messages } from './es';
import { eu } from './eu';
import { gl } from './gl';

export type { MessageKey, Messages };

/** The UI strings per language; `es` is the reference, the others have exactly its keys (a test checks it). */
export const MESSAGES: Record<Language, Messages> = { es, ca, eu, gl, en };

/** Language names as each language calls itself, for the language switch. */
export const LANGUAGE_NAMES: Record<Language, string> = {
  es: 'Español',
  ca: 'Català',
  eu: 'Euskara',
  gl: 'Galego',
  en: 'English',
};

/**
 * A string of the catalogue with `{placeholders}` filled in. Keys that are not in the catalogue (an error code the
 * console does not know yet) fall back to `fallback`, else to the key itself.
 */
export function translate(
  language: Language,
  key: string,
  vars: Record<string, string | number> = {},
  fallback?: string,
): string {
  const text =
    (MESSAGES[language] as Record<string, string>)[key] ??
    (MESSAGES.es as Record<string, string>)[key] ??
    fallback ??
    key;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}
