import type { FormSchema } from '@cauce/schemas';
import { describe, expect, it } from 'vitest';
import { EVERY_KIND } from '../fixtures/everyKind';
import { fieldTypeOf } from './fieldTypeOf';
import { FIELD_TYPES } from './FieldType';
import { schemaOfType } from './schemaOfType';

describe('fieldTypeOf', () => {
  it.each(FIELD_TYPES)('reads back the %s type the builder writes', (type) => {
    expect(fieldTypeOf(schemaOfType(type))).toBe(type);
  });

  it('reads hand-written fields as the renderers see them', () => {
    // given
    const fields = EVERY_KIND.properties as Record<string, FormSchema['properties'][string]>;
    // when
    const types = Object.fromEntries(Object.entries(fields).map(([name, node]) => [name, fieldTypeOf(node!, name)]));
    // then
    expect(types).toEqual({
      newAddress: 'address',
      officeId: 'choice',
      preferredDate: 'date',
      topics: 'other',
      wantsCallback: 'yesNo',
      callbackPhone: 'phone',
      notes: 'textarea',
      children: 'number',
      email: 'email',
      internalNote: 'text',
    });
  });
});
