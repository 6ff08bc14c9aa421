import { compile } from 'json-schema-to-typescript';

/** A JSON Schema as a plain object. @public */
export type JsonSchema = Record<string, unknown>;

/** How {@link renderSchemaTypes} writes its module. @public */
export interface SchemaTypesOptions {
  /** the module's first lines: who generates it and how to run that again */
  banner: string;
  /** a name for the root the compiler needs; its empty interface is dropped from the output */
  rootName: string;
  /**
   * schemas rendered elsewhere that these refer to, by the `$ref` they are reached with (without the trailing `#`),
   * with the TypeScript type to use for them (import it in the banner)
   */
  external?: Record<string, string>;
}

/**
 * Renders the TypeScript types of a fastify area's schemas (each with an `$id`, referred to as `{ $ref: 'Id#' }`)
 * with json-schema-to-typescript, so route handlers use the types of the very schemas fastify validates and
 * serialises with (no hand-written twins). Build time only: /engine-rest and the channels' /api each commit the
 * output and a test fails when it drifts.
 * @public
 */
export async function renderSchemaTypes(schemas: readonly JsonSchema[], opts: SchemaTypesOptions): Promise<string> {
  const definitions: Record<string, JsonSchema> = {};
  for (const schema of schemas) {
    const { $id, ...rest } = schema as JsonSchema & { $id: string };
    definitions[$id] = rewriteRefs(rest, opts.external ?? {}) as JsonSchema;
  }
  const root = { title: opts.rootName, type: 'object', additionalProperties: false, properties: {}, definitions };
  const ts = await compile(root as never, opts.rootName, {
    bannerComment: opts.banner,
    additionalProperties: false,
    unreachableDefinitions: true,
    declareExternallyReferenced: true,
    format: true,
  });
  return ts.replace(new RegExp(`export interface ${opts.rootName} \\{\\}\\n\\n?`), '');
}

// helpers
/** Fastify's `{ $ref: 'Task#' }` becomes a local `#/definitions/Task` for the compiler, or an external type. */
function rewriteRefs(value: unknown, external: Record<string, string>): unknown {
  if (Array.isArray(value)) return value.map((item) => rewriteRefs(item, external));
  if (value === null || typeof value !== 'object') return value;
  // a schema that only describes (any JSON value) is `unknown`, not an open object
  if (Object.keys(value).every((key) => key === 'description')) return { ...value, tsType: 'unknown' };
  const ref = (value as JsonSchema).$ref;
  const externalType = typeof ref === 'string' ? external[ref.replace(/#$/, '')] : undefined;
  if (externalType) return { ...withoutKey(value as JsonSchema, '$ref'), tsType: externalType };
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    out[key] =
      key === '$ref' && typeof inner === 'string'
        ? `#/definitions/${inner.replace(/#$/, '')}`
        : rewriteRefs(inner, external);
  }
  return out;
}

function withoutKey(value: JsonSchema, key: string): JsonSchema {
  return Object.fromEntries(Object.entries(value).filter(([k]) => k !== key));
}
