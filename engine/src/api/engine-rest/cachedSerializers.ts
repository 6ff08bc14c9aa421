import { createRequire } from 'node:module';
import type { FastifyInstance, FastifySerializerCompiler } from 'fastify';

type Factory = (externalSchemas: unknown, options: unknown) => FastifySerializerCompiler<unknown>;

/**
 * Compiles each distinct response schema once. Fastify compiles a serializer per route and status (≈ 270 here,
 * HEAD routes included), although most are the same `$ref` (ExceptionDto on every error status): that took
 * ≈ 0.7 s of the ≈ 1 s boot of the app, per app, which every test pays. Same compiler as fastify's default
 * (fast-json-stringify through @fastify/fast-json-stringify-compiler, resolved through fastify, whose
 * dependency it is), keyed by the schema text.
 * @internal
 */
export function useCachedSerializers(app: FastifyInstance): void {
  const requireFromFastify = createRequire(createRequire(import.meta.url).resolve('fastify'));
  const { SerializerSelector } = requireFromFastify('@fastify/fast-json-stringify-compiler') as {
    SerializerSelector: () => Factory;
  };
  const compile = SerializerSelector()(app.getSchemas(), {});
  const cache = new Map<string, ReturnType<FastifySerializerCompiler<unknown>>>();
  app.setSerializerCompiler((route) => {
    const key = JSON.stringify(route.schema);
    let serialize = cache.get(key);
    if (!serialize) cache.set(key, (serialize = compile(route)));
    return serialize;
  });
}
