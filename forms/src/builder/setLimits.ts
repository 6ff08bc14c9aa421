import type { BuilderResult } from './BuilderResult';
import { copyDraft } from './copyDraft';
import { formTree } from './formTree';
import { typesOf } from '../typesOf';
import type { StepFormDraft } from './StepFormDraft';

/**
 * Sets a field's smallest and largest answer: for a number its `minimum`/`maximum`, for a text its
 * `minLength`/`maxLength` (characters). `null` removes a limit; `undefined` leaves it. Refused when the minimum
 * would be above the maximum, or a length is negative or not whole.
 * @public
 */
export function setLimits(
  draft: StepFormDraft,
  path: string,
  limits: { min?: number | null; max?: number | null },
): BuilderResult {
  const next = copyDraft(draft);
  const node = formTree.nodeAt(next.form, path);
  if (!node) throw new Error(`the form has no field '${path}'`);
  const types = typesOf(node);
  const numeric = types.includes('number') || types.includes('integer');
  const [minKey, maxKey] = numeric ? (['minimum', 'maximum'] as const) : (['minLength', 'maxLength'] as const);
  for (const [key, value] of [
    [minKey, limits.min],
    [maxKey, limits.max],
  ] as const) {
    if (value === undefined) continue;
    if (value !== null && (!Number.isFinite(value) || (!numeric && (value < 0 || !Number.isInteger(value)))))
      return { ok: false, problem: 'limits-crossed' };
    if (value === null) delete node[key];
    else node[key] = value;
  }
  const min = node[minKey];
  const max = node[maxKey];
  if (typeof min === 'number' && typeof max === 'number' && min > max) return { ok: false, problem: 'limits-crossed' };
  return { ok: true, value: next };
}
