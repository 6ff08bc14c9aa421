/**
 * `@cauce/engine/codegen`: the engine's build-time generators, for packages that keep the engine's rules (SQL in
 * committed bundles, route types generated from schemas). Never imported at run time: they read files and load
 * json-schema-to-typescript.
 * @public
 */
export { bundleSql, type SqlBundle, type SqlBundleOptions } from './store/bundleSql';
export { renderSchemaTypes, type JsonSchema, type SchemaTypesOptions } from './api/renderSchemaTypes';
