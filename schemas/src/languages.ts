import common from '../json/common.json';
import type { Language } from './generated/common';

/**
 * The five languages Cauce speaks, es (the reference) first: the enum of `common.json#/$defs/language`, read from
 * the schema itself so the list exists once (the `Language` type is generated from the same enum). Packages,
 * checks, pages, messages and the database's CHECK constraints all take it from here. @public
 */
export const LANGUAGES = common.$defs.language.enum as readonly Language[];
