/**
 * The TypeScript type a JSON Schema (written `as const`) describes, for the
 * subset the simulators use: `type` (one or a list), `enum`, `const`,
 * `properties` + `required`, `items`, `anyOf`/`oneOf`. Schemas stay the single
 * source; route and handler types are derived from them, never written twice.
 * @internal
 */
export type FromSchema<S> = S extends { const: infer C }
  ? C
  : S extends { enum: readonly (infer E)[] }
    ? E
    : S extends { anyOf: readonly (infer U)[] }
      ? FromEach<U>
      : S extends { oneOf: readonly (infer U)[] }
        ? FromEach<U>
        : S extends { type: readonly (infer T)[] }
          ? FromTypes<S, T>
          : S extends { type: infer T }
            ? FromType<S, T>
            : unknown;

// helpers
type FromEach<U> = U extends unknown ? FromSchema<U> : never;

type FromTypes<S, T> = T extends unknown ? FromType<S, T> : never;

type FromType<S, T> = T extends 'string'
  ? string
  : T extends 'integer' | 'number'
    ? number
    : T extends 'boolean'
      ? boolean
      : T extends 'null'
        ? null
        : T extends 'array'
          ? S extends { items: infer I }
            ? FromSchema<I>[]
            : unknown[]
          : T extends 'object'
            ? S extends { properties: infer P }
              ? FromObject<P, S extends { required: readonly (infer R)[] } ? R : never>
              : Record<string, unknown>
            : unknown;

type FromObject<P, R> = Flatten<
  { -readonly [K in keyof P & R]: FromSchema<P[K]> } & { -readonly [K in Exclude<keyof P, R>]?: FromSchema<P[K]> }
>;

type Flatten<T> = { [K in keyof T]: T[K] } & {};
