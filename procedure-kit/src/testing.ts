import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The validator's fixture packages, for the tests of the tools built on this kit (the CLI's):
 * `good-package` passes validation and lint (not the publishing conventions), `broken-package` breaks
 * one rule of each kind, and `connectors/` is a two-connector catalogue for them.
 * @public
 */
export const FIXTURES = fileURLToPath(new URL('./lint/fixtures', import.meta.url));
/** @public */
export const GOOD = join(FIXTURES, 'good-package');
/** @public */
export const BROKEN = join(FIXTURES, 'broken-package');
/** @public */
export const CONNECTORS = join(FIXTURES, 'connectors');
