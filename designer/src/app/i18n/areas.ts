import type { AreaMessages } from './AreaMessages';
import { flow } from '../flow/i18n';
import { shell } from './shell';

/**
 * Every area's strings. An area adds itself here with one line (its own files under its folder): the catalogue,
 * `translate` and the completeness test take it from here.
 * @public
 */
export const AREAS: Record<string, AreaMessages> = { shell, flow };
