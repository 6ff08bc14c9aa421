import type { Language } from '../api/types';

/**
 * The UI strings of one area of the designer (the shell, the flow, forms, texts), in every language: `es` is the
 * reference and the others have exactly its keys (i18n/messages.test.ts checks every area). Each area keeps its
 * strings in its own files and prefixes its keys with its name, so areas never collide.
 * @public
 */
export type AreaMessages<K extends string = string> = Record<Language, Record<K, string>>;
