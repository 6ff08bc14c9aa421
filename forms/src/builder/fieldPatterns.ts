/**
 * The patterns (and longest answers) of the builder's typed text fields: Spanish phone numbers, Spanish IBANs,
 * DNI/NIE and Spanish postcodes, as the sample procedures write them. The form subset has no named formats for
 * them yet (issue 12 adds `iban`, `nif`, `es-postcode`, `phone` formats with their own messages); until then the
 * builder writes a `pattern` and the step's texts a `patternMessage` per language. `fieldsOf` reads a field with
 * the phone pattern as a phone (the renderers' telephone keyboard), whatever its name.
 * @public
 */
export const FIELD_PATTERNS = {
  phone: { pattern: '^(\\+34)?[6789][0-9]{8}$', maxLength: 12 },
  iban: { pattern: '^[Ee][Ss][0-9]{2}(?: ?[0-9]{4}){5}$', maxLength: 29 },
  nif: { pattern: '^[0-9XYZxyz][0-9]{7}[A-Za-z]$', maxLength: 9 },
  postcode: { pattern: '^(0[1-9]|[1-4][0-9]|5[0-2])[0-9]{3}$', maxLength: 5 },
} as const;
