import { jsonSchemas } from '@cauce/schemas';

/**
 * Cauce's own schemas the routes refer to, as fastify's ajv and serializer take them: the step view and the common
 * vocabulary it refers to (`common.json#/$defs/language`…), without `$schema` (fastify's ajv is draft-07; the
 * 2020-12 features these files use are the draft-07 ones) and without Cauce's annotation keywords (`x-cauce-*`),
 * which ajv's strict mode refuses, and with every `$ref` absolute. Everything that constrains a value is kept.
 * @internal
 */
export const sharedSchemas = [forFastify(jsonSchemas.common), forFastify(jsonSchemas.stepView)];

// helpers
function forFastify(schema: { $id: string }): Record<string, unknown> {
  return strip(schema, schema.$id) as Record<string, unknown>;
}

/** Drops `$schema` and `x-cauce-*`; makes every `$ref` absolute (fastify's serializer does not resolve them against `$id`). */
function strip(node: unknown, base: string): unknown {
  if (Array.isArray(node)) return node.map((item) => strip(item, base));
  if (node === null || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === '$schema' || key.startsWith('x-cauce-')) continue;
    if (key === '$ref' && typeof value === 'string') out[key] = new URL(value, base).href;
    // Keys under properties and $defs are names, not keywords.
    else if ((key === 'properties' || key === '$defs') && value !== null && typeof value === 'object')
      out[key] = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, strip(v, base)]));
    else out[key] = strip(value, base);
  }
  return out;
}
