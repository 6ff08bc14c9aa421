/**
 * Small builders for the /engine-rest JSON Schemas, so each schema file reads like Camunda's DTO table.
 * Response DTOs list every field as required: fast-json-stringify then fails loudly on a field a mapper
 * forgot, and the generated TypeScript types (generated/types.ts) have no optional twins of them.
 * @internal
 */
export type JsonSchema = Record<string, unknown>;

/** A response object: every property required, nothing else serialised. */
export function dto(id: string, description: string, properties: Record<string, JsonSchema>): JsonSchema {
  return {
    $id: id,
    title: id,
    description,
    type: 'object',
    additionalProperties: false,
    required: Object.keys(properties),
    properties,
  };
}

/** A request body or query: only the listed properties are read; unknown ones are ignored, as Camunda's clients send extras. */
export function input(
  id: string,
  description: string,
  properties: Record<string, JsonSchema>,
  required: string[] = [],
): JsonSchema {
  return { $id: id, title: id, description, type: 'object', properties, ...(required.length ? { required } : {}) };
}

/** A query string with Camunda's paging parameters. */
export function query(id: string, description: string, properties: Record<string, JsonSchema>): JsonSchema {
  return input(id, description, {
    ...properties,
    firstResult: { type: 'integer', minimum: 0 },
    maxResults: { type: 'integer', minimum: 0 },
  });
}

export const ref = (id: string): JsonSchema => ({ $ref: `${id}#` });
export const str: JsonSchema = { type: 'string' };
export const strOrNull: JsonSchema = { type: ['string', 'null'] };
export const int: JsonSchema = { type: 'integer' };
export const intOrNull: JsonSchema = { type: ['integer', 'null'] };
export const bool: JsonSchema = { type: 'boolean' };
/** Camunda's date format, `2026-01-01T09:00:00.000+0000`. */
export const date: JsonSchema = { type: 'string', description: "yyyy-MM-dd'T'HH:mm:ss.SSSZ" };
export const dateOrNull: JsonSchema = { type: ['string', 'null'], description: "yyyy-MM-dd'T'HH:mm:ss.SSSZ" };
export const alwaysNull: JsonSchema = { type: 'null' };
/** A comma-separated list in a query string (Camunda's `…In` and `…Ids` parameters). */
export const csv: JsonSchema = { type: 'string', description: 'comma-separated list' };
export const listOf = (id: string): JsonSchema => ({ type: 'array', items: ref(id) });
