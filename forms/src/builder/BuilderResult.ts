import type { StepFormDraft } from './StepFormDraft';

/**
 * Why the builder refused an edit the specialist asked for (the designer says it in the UI language): a field name
 * that is not a FEEL-friendly name or is taken by a sibling, a minimum above the maximum, a pattern that is not a
 * regular expression, choices without values or with a value twice.
 * @public
 */
export type BuilderProblem = 'name-invalid' | 'name-taken' | 'limits-crossed' | 'pattern-invalid' | 'options-invalid';

/** A builder operation that may be refused: the new draft, or why not (the draft given stays as it was). @public */
export type BuilderResult = { ok: true; value: StepFormDraft } | { ok: false; problem: BuilderProblem };
