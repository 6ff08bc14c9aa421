/** The conventions the channels rely on when they publish a package (see checkConventions). */
export { checkConventions } from './checkConventions';
export type { ConventionsInput } from './ConventionsInput';
export { dropLintDuplicates } from './dropLintDuplicates';
