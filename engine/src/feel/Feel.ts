import { evaluate } from 'feelin';

/** The outcome of evaluating an expression: a value, or a problem that becomes an incident. @public */
export type FeelResult = { ok: true; value: unknown } | { ok: false; message: string };

/**
 * FEEL expressions as Cauce writes them: an optional leading `=` (Zeebe/Camunda 8 style) is allowed.
 * JUEL (`${…}`/`#{…}`) and JavaScript are never evaluated; the model loader refuses them at deploy time.
 * @public
 */
export function stripFeelPrefix(expression: string): string {
  const text = expression.trim();
  return text.startsWith('=') ? text.slice(1).trim() : text;
}

/** True when text looks like a JUEL expression (Camunda 7's `${…}`), which Cauce refuses. @public */
export function isJuel(expression: string): boolean {
  return /^\s*[$#]\{[\s\S]*\}\s*$/.test(expression);
}

/** Syntax check at deploy time; returns a message or undefined. @public */
export function feelSyntaxError(expression: string): string | undefined {
  const code = stripFeelPrefix(expression).replace(/"(?:[^"\\]|\\.)*"/g, '""');
  const foreign = /==|&&|\|\||!(?!=)/.exec(code);
  // these parse as FEEL in odd ways (`a == b` is a comparison with null) but are always JavaScript habits
  if (foreign) return `'${foreign[0]}' is not FEEL: use =, and, or, not(…)`;
  try {
    evaluate(stripFeelPrefix(expression), {});
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/**
 * Evaluates an expression against variables. A missing variable reads as null (FEEL semantics);
 * any other warning (type mismatch, unknown function) is a failure, so it becomes an incident.
 * @public
 */
export function evaluateFeel(expression: string, context: Record<string, unknown>): FeelResult {
  try {
    const { value, warnings } = evaluate(stripFeelPrefix(expression), context);
    const serious = warnings.filter((w: { type: string }) => w.type !== 'NO_VARIABLE_FOUND');
    if (serious.length > 0) {
      return { ok: false, message: `${expression}: ${serious.map((w: { message: string }) => w.message).join('; ')}` };
    }
    return { ok: true, value: normalise(value) };
  } catch (error) {
    return { ok: false, message: `${expression}: ${error instanceof Error ? error.message : String(error)}` };
  }
}

/** Evaluates a condition; anything but a boolean (null from a missing variable included) is a failure. @public */
export function evaluateCondition(expression: string, context: Record<string, unknown>): FeelResult {
  const result = evaluateFeel(expression, context);
  if (!result.ok) return result;
  if (typeof result.value !== 'boolean') {
    return { ok: false, message: `condition ${expression} gave ${JSON.stringify(result.value)}, not a boolean` };
  }
  return result;
}

// helpers
/** feelin returns its own temporal objects and decimal numbers; keep JSON-friendly values. */
function normalise(value: unknown): unknown {
  if (value === undefined) return null;
  if (
    value &&
    typeof value === 'object' &&
    'toISO' in value &&
    typeof (value as { toISO: unknown }).toISO === 'function'
  ) {
    return (value as { toISO(): string }).toISO();
  }
  return value;
}
