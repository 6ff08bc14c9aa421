/** `'600 000 001'` → `'+34600000001'`; `'+34 600…'` → `'+34600…'`. 9 bare digits are Spanish. @internal */
export function normalizePhone(raw: string): string {
  const compact = raw.replace(/\s/g, '');
  if (compact.startsWith('+')) return compact;
  if (compact.startsWith('00')) return `+${compact.slice(2)}`;
  return compact.length === 9 ? `+34${compact}` : `+${compact}`;
}
