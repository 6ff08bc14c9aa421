import { CHANNELS, LANGUAGES } from '@cauce/schemas';

/**
 * Small builders for the /api JSON Schemas. Each schema has an `$id` (`cauce-api-…`) the routes refer to, and a
 * `title`, the name of its generated type (generated/types.ts).
 * @internal
 */
export type JsonSchema = Record<string, unknown>;

/** A closed object (unknown properties refused): what a client sends. */
export function input(
  id: string,
  title: string,
  properties: Record<string, JsonSchema>,
  required: string[] = [],
): JsonSchema {
  return {
    $id: id,
    title,
    type: 'object',
    additionalProperties: false,
    ...(required.length ? { required } : {}),
    properties,
  };
}

/** `{ $ref: 'cauce-api-…#' }` */
export const ref = (id: string): JsonSchema => ({ $ref: `${id}#` });
export const str: JsonSchema = { type: 'string' };
export const language: JsonSchema = { type: 'string', enum: LANGUAGES };
export const channel: JsonSchema = { type: 'string', enum: CHANNELS };

/**
 * A route's responses: its success, and the typed error body for every status /api answers with (ERRORS.md), so a
 * response never carries more than its schema and every route declares its 4xx.
 */
export function replies(success: Record<number, JsonSchema>): Record<number, JsonSchema> {
  const error = ref('cauce-api-error');
  return { ...success, 400: error, 401: error, 403: error, 404: error, 409: error, 423: error, 429: error, 502: error };
}

/** The step view, as most session routes answer. */
export const viewReplies = replies({ 200: ref('cauce-api-step-view') });
