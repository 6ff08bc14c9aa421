import type { Language } from '../api/types';
import { AREAS } from './areas';

/** The UI strings per language, every area merged. @internal */
export const MESSAGES: Record<Language, Record<string, string>> = merged();

/** Language names as each language calls itself, for the language switch. @public */
export const LANGUAGE_NAMES: Record<Language, string> = {
  es: 'Español',
  ca: 'Català',
  eu: 'Euskara',
  gl: 'Galego',
  en: 'English',
};

/**
 * A string of the catalogue with `{placeholders}` filled in. A key not in the catalogue (an error code the designer
 * does not know yet) falls back to the Spanish, then to `fallback`, then to the key.
 * @public
 */
export function translate(
  language: Language,
  key: string,
  vars: Record<string, string | number> = {},
  fallback?: string,
): string {
  const text = MESSAGES[language][key] ?? MESSAGES.es[key] ?? fallback ?? key;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

// helpers
function merged(): Record<Language, Record<string, string>> {
  const out: Record<Language, Record<string, string>> = { es: {}, ca: {}, eu: {}, gl: {}, en: {} };
  for (const area of Object.values(AREAS)) {
    for (const language of Object.keys(out) as Language[]) Object.assign(out[language], area[language]);
  }
  return out;
}
