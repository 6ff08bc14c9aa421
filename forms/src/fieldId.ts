/**
 * The id of a field's input: `f-` and the path with anything but letters, digits, `_` and `-` as `-`, so ids stay
 * valid fragment targets and CSS selectors (`newAddress.postcode` → `f-newAddress-postcode`); a problem with no
 * field of its own (path '') gets `f-general`.
 * @public
 */
export function fieldId(path: string): string {
  return `f-${path.replace(/[^A-Za-z0-9_-]/g, '-') || 'general'}`;
}
