import { errorRegistry, type CauceError } from '@cauce/engine';
import { LANGUAGES, type Language } from '@cauce/schemas';
import { ERROR_MESSAGES } from './errorMessages';
import { errorArguments } from './errors';

/**
 * The language of a request's Accept-Language that Cauce speaks (quality order), or undefined: then the registry's
 * English template stands. The designer's SPA sends its UI language.
 * @internal
 */
export function requestLanguage(header: string | undefined): Language | undefined {
  if (!header) return undefined;
  const ranked = header
    .split(',')
    .map((part, i) => {
      const [tag, ...params] = part.trim().split(';');
      const q = Number(
        params
          .find((p) => p.trim().startsWith('q='))
          ?.trim()
          .slice(2) ?? 1,
      );
      return { primary: tag.trim().toLowerCase().split('-')[0], q: Number.isFinite(q) ? q : 0, i };
    })
    .filter((r) => r.q > 0)
    .sort((a, b) => b.q - a.q || a.i - b.i);
  return ranked.find((r) => (LANGUAGES as readonly string[]).includes(r.primary))?.primary as Language | undefined;
}

/**
 * An error's message in `language`: its translation (errorMessages.ts) filled with the values the English message
 * was filled with — remembered for the designer's errors, read back from the registry's template for the engine's.
 * The English message when there is no language, no translation, or the values cannot be read back.
 * @internal
 */
export function localizedMessage(error: CauceError, language: Language | undefined): string {
  const translated = language ? ERROR_MESSAGES[language][error.code] : undefined;
  if (!translated) return error.message;
  const args = errorArguments(error) ?? argumentsFromTemplate(error);
  if (!args) return error.message;
  let i = 0;
  return translated.replace(/%s/g, () => String(args[i++] ?? ''));
}

// helpers
function argumentsFromTemplate(error: CauceError): string[] | undefined {
  const template = errorRegistry.get(error.code)?.template;
  if (template === undefined) return undefined;
  const pattern = template
    .split('%s')
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('([\\s\\S]*)');
  return new RegExp(`^${pattern}$`).exec(error.message)?.slice(1);
}
