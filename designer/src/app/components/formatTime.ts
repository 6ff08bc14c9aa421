import type { Language } from '../api/types';

/** A date and time as the UI language writes them (short), or the text as given when it is not a date. */
export function formatTime(iso: string | undefined, language: Language): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(language, { dateStyle: 'short', timeStyle: 'short' }).format(date);
}
