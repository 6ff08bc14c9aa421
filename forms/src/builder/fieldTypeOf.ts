import type { FormField } from '@cauce/schemas';
import { autocompleteOf } from '../autocompleteOf';
import { choicesOf } from '../choicesOf';
import { typesOf } from '../typesOf';
import { FIELD_PATTERNS } from './fieldPatterns';
import type { FieldType } from './FieldType';

/**
 * Which builder type an existing field is, read with the same rules as `fieldsOf` (a hand-written form opens in the
 * builder as the renderers see it): an object with address fields is `address`; a boolean `yesNo`; options a
 * `choice`; a long text a `textarea`; a date, an email; a pattern of FIELD_PATTERNS its type (a field named like a
 * phone is a `phone`); a number; a string `text`. Anything else (several answers, other groups) is `other`: the
 * builder shows it and can change its type, but does not edit its shape.
 * @public
 */
export function fieldTypeOf(node: FormField, name = ''): FieldType | 'other' {
  const types = typesOf(node);
  const widget = node['x-cauce-widget'];
  if (node.properties || types.includes('object')) return isAddress(node) ? 'address' : 'other';
  if (types.includes('array')) return 'other';
  if (types.includes('boolean')) return 'yesNo';
  if (choicesOf(node).length) return 'choice';
  if (widget === 'textarea' || (typeof node.maxLength === 'number' && node.maxLength > 200 && widget !== 'text'))
    return 'textarea';
  if (node.format === 'date' || widget === 'date') return 'date';
  if (node.format === 'email' || autocompleteOf(name) === 'email') return 'email';
  for (const type of ['phone', 'iban', 'nif', 'postcode'] as const)
    if (node.pattern === FIELD_PATTERNS[type].pattern) return type;
  if (autocompleteOf(name) === 'tel') return 'phone';
  if (types.includes('integer') || types.includes('number')) return 'number';
  return types.includes('string') || !types.length ? 'text' : 'other';
}

// helpers
function isAddress(node: FormField): boolean {
  const properties = node.properties ?? {};
  return 'street' in properties || 'postcode' in properties;
}
