/** A parsed `application/x-www-form-urlencoded` body: one string per name, or all of them when repeated. @public */
export type FormBody = Record<string, string | string[]>;

/** Largest form body accepted (bytes): the longest answer is a 2,000-character note. @internal */
export const FORM_BODY_LIMIT = 64 * 1024;

/**
 * Reads a urlencoded body. Repeated names (checkbox groups) become arrays; names are kept as posted (dotted
 * paths like `newAddress.postcode`), and reading them into answers is the form's job (readAnswers). `__proto__`
 * and friends are dropped.
 * @internal
 */
export function parseFormBody(text: string): FormBody {
  const out: FormBody = Object.create(null);
  for (const [name, value] of new URLSearchParams(text)) {
    if (name === '__proto__' || name === 'constructor' || name === 'prototype') continue;
    const seen = out[name];
    if (seen === undefined) out[name] = value;
    else out[name] = Array.isArray(seen) ? [...seen, value] : [seen, value];
  }
  return out;
}

/** The one string of a body field (the first when repeated), or ''. @internal */
export function one(body: FormBody | undefined, name: string): string {
  const value = body?.[name];
  return (Array.isArray(value) ? value[0] : value) ?? '';
}
