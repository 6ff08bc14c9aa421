import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateFormSchema, type Problem, type ValidationResult } from './validators';

const fixture = (path: string) => JSON.parse(readFileSync(new URL(`./fixtures/${path}`, import.meta.url), 'utf8'));
const clone = <T>(v: T): T => structuredClone(v);
const problems = (r: ValidationResult<unknown>): Problem[] => (r.ok ? [] : r.problems);
const paths = (r: ValidationResult<unknown>) => problems(r).map((p) => p.path);

describe('validateFormSchema', () => {
  const good = fixture('european-health-card/forms/ConfirmAddress.schema.json');

  it('accepts a form using every x-cauce hint', () => {
    // given / when
    const result = validateFormSchema(good);
    // then
    expect(problems(result)).toEqual([]);
  });

  it('reports unknown hints, bad values and widgets that do not fit the field', () => {
    // given
    const bad = clone(good);
    bad['x-cauce-widget'] = 'radio';
    bad.properties.email['x-cauce-widgte'] = 'text';
    bad.properties.notes['x-cauce-visibleTo'] = ['agent-l3'];
    bad.properties.notes['x-cauce-channels'] = [];
    bad.properties.email['x-cauce-order'] = -1;
    bad.properties.companions['x-cauce-widget'] = 'radio';
    bad.properties.postcode['x-cauce-widget'] = 'date';
    bad.properties.address.properties.city['x-cauce-sensitive'] = 'yes';
    // when
    const result = validateFormSchema(bad);
    // then
    expect(problems(result)).toEqual([
      { path: '/x-cauce-widget', message: 'unknown x-cauce-* hint on the form; hints go on fields' },
      {
        path: '/properties/email/x-cauce-widgte',
        message:
          'unknown x-cauce-* hint (known: x-cauce-widget, x-cauce-visibleTo, x-cauce-channels, x-cauce-order, x-cauce-sensitive)',
      },
      { path: '/properties/email/x-cauce-order', message: 'must be >= 0' },
      { path: '/properties/companions', message: 'x-cauce-widget radio or select needs the choices as enum or oneOf' },
      {
        path: '/properties/notes/x-cauce-visibleTo/0',
        message: 'must be one of "agent-l1", "agent-l2", "citizen", "supervisor"',
      },
      { path: '/properties/notes/x-cauce-channels', message: 'must NOT have fewer than 1 items' },
      { path: '/properties/postcode', message: 'x-cauce-widget date needs type string and format date' },
      { path: '/properties/address/properties/city/x-cauce-sensitive', message: 'must be boolean' },
    ]);
  });

  it('needs an object form with FEEL-friendly field names and declared required fields', () => {
    // given
    const notObject = { type: 'array', properties: {} };
    const badNames = {
      type: 'object',
      required: ['nif', 'iban'],
      properties: { 'fecha-nacimiento': { type: 'string' }, nif: { type: 'string' } },
    };
    // when / then
    expect(problems(validateFormSchema(notObject))).toEqual([{ path: '/type', message: 'must be "object"' }]);
    expect(problems(validateFormSchema(badNames))).toEqual([
      {
        path: '/properties/fecha-nacimiento',
        message: 'must be a field name: a letter or _ followed by letters, digits or _',
      },
    ]);
    delete (badNames.properties as Record<string, unknown>)['fecha-nacimiento'];
    expect(problems(validateFormSchema(badNames))).toEqual([
      { path: '/required/1', message: "'iban' is required but not a field of this form" },
    ]);
  });

  it('refuses what is not a JSON Schema or does not compile', () => {
    // given
    const notSchema = { type: 'object', properties: { a: { type: 'text' } } };
    const unknownFormat = { type: 'object', properties: { nif: { type: 'string', format: 'nif' } } };
    // when
    const a = validateFormSchema(notSchema);
    const b = validateFormSchema(unknownFormat);
    // then
    expect(paths(a)).toContain('/properties/a/type');
    expect(problems(b)).toHaveLength(1);
    expect(problems(b)[0]!.message).toMatch(/^the form does not compile: unknown format "nif"/);
  });
});
