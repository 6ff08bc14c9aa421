import type { FormField } from '@cauce/schemas';
import { exhaustive } from '@cauce/schemas/browser';
import { FIELD_PATTERNS } from './fieldPatterns';
import type { FieldType } from './FieldType';

/**
 * The schema of a new field of a builder type, inside the form subset: text (`x-cauce-widget: text`, up to 200
 * characters), textarea (up to 2,000), number, date (`format: date`), yes/no (boolean), choice (`enum` of the given
 * values; the renderers choose radios or a select by their number), email (`format: email`, drawn as one line), phone, IBAN, NIF/NIE
 * and postcode (a `pattern`: FIELD_PATTERNS), and an address group (street, number, floor, postcode, municipality,
 * province; street, postcode and municipality required).
 * @public
 */
export function schemaOfType(type: FieldType, values: string[] = ['option1', 'option2']): FormField {
  switch (type) {
    case 'text':
      return { type: 'string', maxLength: 200, 'x-cauce-widget': 'text' };
    case 'textarea':
      return { type: 'string', maxLength: 2000, 'x-cauce-widget': 'textarea' };
    case 'number':
      return { type: 'number' };
    case 'date':
      return { type: 'string', format: 'date', 'x-cauce-widget': 'date' };
    case 'yesNo':
      return { type: 'boolean' };
    case 'choice':
      return { type: 'string', enum: [...values] };
    case 'email':
      return { type: 'string', format: 'email', maxLength: 254, 'x-cauce-widget': 'text' };
    case 'phone':
    case 'iban':
    case 'nif':
    case 'postcode':
      return { type: 'string', ...FIELD_PATTERNS[type] };
    case 'address':
      return {
        type: 'object',
        required: ['street', 'postcode', 'municipality'],
        properties: {
          street: { type: 'string', maxLength: 120, 'x-cauce-order': 1 },
          number: { type: 'string', maxLength: 10, 'x-cauce-order': 2 },
          floor: { type: 'string', maxLength: 20, 'x-cauce-order': 3 },
          postcode: { type: 'string', ...FIELD_PATTERNS.postcode, 'x-cauce-order': 4 },
          municipality: { type: 'string', maxLength: 80, 'x-cauce-order': 5 },
          province: { type: 'string', maxLength: 40, 'x-cauce-order': 6 },
        },
      };
    default:
      return exhaustive(type, 'field type');
  }
}
