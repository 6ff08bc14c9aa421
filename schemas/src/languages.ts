import type { Language } from './generated/common';

/**
 * The five languages Cauce speaks, es (the reference) first: the enum of `common.json#/$defs/language`,
 * in the order packages, checks and messages list them. @public
 */
export const LANGUAGES: readonly Language[] = ['es', 'ca', 'eu', 'gl', 'en'];
