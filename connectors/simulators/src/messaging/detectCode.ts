/**
 * The first stand-alone run of 4 to 8 digits in a message: the one-time code,
 * which the INSS puts at the start of its SMS ("código seguro al inicio").
 * Lets tests read an OTP without parsing each template.
 * @internal
 */
export function detectCode(text: string): string | null {
  return /(?<![\d.,/-])\d{4,8}(?![\d.,/-]?\d)/.exec(text)?.[0] ?? null;
}
