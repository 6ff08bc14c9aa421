// Generated from json/form.json by scripts/generate-types.ts — do not edit.
// Run `pnpm --filter @cauce/schemas build:types`; src/generatedTypes.test.ts fails on drift.

import type { Channel, FieldName, ViewerRole } from './common';

/**
 * This interface was referenced by `FormSchema`'s JSON-Schema
 * via the `definition` "jsonType".
 */
export type JsonType = 'string' | 'number' | 'integer' | 'boolean' | 'object' | 'array' | 'null';

/**
 * Meta-schema of forms/<step>.schema.json: a JSON Schema (draft 2020-12) of an object whose fields may carry x-cauce-* hints for layout and visibility. Field names are FEEL-friendly (letters, digits, _).
 */
export interface FormSchema {
  $schema?: 'https://json-schema.org/draft/2020-12/schema';
  $id?: string;
  title?: string;
  description?: string;
  type: 'object';
  properties: {
    [k: string]: FormField | undefined;
  };
  required?: FieldName[];
  [k: string]: unknown | undefined;
}
/**
 * A field: any JSON Schema, plus optional x-cauce-* hints. An object field groups fields (its own properties are fields too).
 *
 * This interface was referenced by `FormSchema`'s JSON-Schema
 * via the `definition` "field".
 */
export interface FormField {
  type?: JsonType | JsonType[];
  title?: string;
  description?: string;
  /**
   * How to render the field; without it the renderer picks from the schema (enum → radio, boolean → checkbox, format date → date, string → text).
   */
  'x-cauce-widget'?: 'radio' | 'select' | 'checkbox' | 'textarea' | 'date' | 'text';
  /**
   * Roles that may see the field; without it, every role that sees the step. A step's cauce:FieldVisibility in the BPMN overrides it.
   *
   * @minItems 1
   */
  'x-cauce-visibleTo'?: ViewerRole[];
  /**
   * Channels that show the field; without it, every channel of the step.
   *
   * @minItems 1
   */
  'x-cauce-channels'?: Channel[];
  /**
   * Position among its siblings, ascending; fields without it follow in declaration order.
   */
  'x-cauce-order'?: number;
  /**
   * Personal or protected data: masked in logs, history views and figures, shown only with the step's identification level.
   */
  'x-cauce-sensitive'?: boolean;
  properties?: {
    [k: string]: FormField | undefined;
  };
  items?: FormField;
  [k: string]: unknown | undefined;
}
