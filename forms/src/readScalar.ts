/**
 * One answer's text read as the field's JSON type, as an HTML form posts everything as text: blank is no answer
 * (`undefined`); for a field that may be a string the text stays as it is; else `"2026"` is 2026 for an integer,
 * `"2,5"` or `"2.5"` is 2.5 for a number, `"true"`/`"false"` a boolean; anything else stays text, for the form's
 * validation to refuse. The same reading serves the renderers (readAnswers) and the server (channels'
 * validateAnswers), so both type an answer alike.
 * @public
 */
export function readScalar(text: string, types: readonly string[]): unknown {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  if (types.includes('string')) return text;
  if (
    (types.includes('integer') && /^-?\d+$/.test(trimmed)) ||
    (types.includes('number') && /^-?\d+(?:[.,]\d+)?$/.test(trimmed))
  )
    return Number(trimmed.replace(',', '.'));
  if (types.includes('boolean') && (trimmed === 'true' || trimmed === 'false')) return trimmed === 'true';
  return text;
}
