import type { FormField } from '@cauce/schemas';
import { describe, expect, it } from 'vitest';
import { fieldLabel } from './fieldLabel';

const office: FormField = {
  type: 'string',
  title: 'Office',
  description: 'The nearest to {{city}}',
  oneOf: [{ const: 'MAD', title: 'Madrid' }, { const: 'BCN' }],
};

describe('fieldLabel', () => {
  it('takes the step’s texts for the field first, filling the help’s placeholders', () => {
    // when
    const label = fieldLabel(
      office,
      'office',
      { label: 'Oficina', help: 'Cerca de {{city}}', options: { BCN: 'Barcelona' } },
      (t) => t.replace('{{city}}', 'Vigo'),
    );
    // then
    expect(label).toEqual({ label: 'Oficina', help: 'Cerca de Vigo', options: { MAD: 'Madrid', BCN: 'Barcelona' } });
  });

  it('falls back to the form’s title and description, then to the name and the values', () => {
    expect(fieldLabel(office, 'office')).toEqual({
      label: 'Office',
      help: 'The nearest to {{city}}',
      options: { MAD: 'Madrid', BCN: 'BCN' },
    });
    expect(fieldLabel({ type: 'array', items: { enum: ['a', 'b'] } }, 'address.tags')).toEqual({
      label: 'tags',
      options: { a: 'a', b: 'b' },
    });
    expect(fieldLabel(undefined, 'gone')).toEqual({ label: 'gone' });
  });
});
