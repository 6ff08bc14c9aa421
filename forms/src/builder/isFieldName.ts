/** Whether a name is a form field name (common.json's fieldName: FEEL-friendly, at most 64 characters). @internal */
export function isFieldName(name: string): boolean {
  return /^[A-Za-z_][A-Za-z0-9_]{0,63}$/.test(name);
}
