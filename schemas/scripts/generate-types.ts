/**
 * Generates src/generated/*.ts from json/*.json with json-schema-to-typescript.
 *
 * `pnpm --filter @cauce/schemas build:types` writes the files; src/generatedTypes.test.ts renders them
 * in memory and fails when the committed ones differ (the drift check).
 *
 * Why the schemas are rewritten before compiling: every format refers to common.json, and emitting the
 * common types once (common.ts) and importing them elsewhere avoids duplicate declarations in the public
 * surface. So `common.json#/$defs/x` becomes `tsType: X` plus an import, and the `$ref` to the draft
 * 2020-12 meta-schema (which only says "this is a JSON Schema") is dropped, so nothing is fetched.
 * @internal
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';
import { compile, type JSONSchema } from 'json-schema-to-typescript';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const jsonDir = join(root, 'json');
export const generatedDir = join(root, 'src', 'generated');

/** Schema file → generated module name. common.json comes first: the others import from it. */
export const typedSchemas = {
  'common.json': 'common.ts',
  'procedure.json': 'procedure.ts',
  'step-texts.json': 'step-texts.ts',
  'scenario.json': 'scenario.ts',
  'connector-template.json': 'connector-template.ts',
  'form.json': 'form.ts',
  'step-view.json': 'step-view.ts',
} as const;

/**
 * Options that differ for one file. The step view is read by renderers, which index its maps (`labels[field]`,
 * `options[value]`) by keys the same view lists; its maps were plain `Record<string, X>` before the type was
 * generated, and the renderers are written against that, so its index signatures are not widened with `undefined`.
 */
const perFileOptions: Partial<Record<string, { strictIndexSignatures: boolean }>> = {
  'step-view.json': { strictIndexSignatures: false },
};

const META_SCHEMA = 'https://json-schema.org/draft/2020-12/schema';
const COMMON_REF = /^common\.json#\/\$defs\/([A-Za-z]+)$/;

/** Renders every generated module in memory: file name → contents. */
export async function renderTypes(): Promise<Map<string, string>> {
  const common = readSchema('common.json');
  const commonNames = typeNamesOf(common);
  const out = new Map<string, string>();
  out.set('common.ts', await renderCommon(common, commonNames));
  for (const [file, target] of Object.entries(typedSchemas)) {
    if (file === 'common.json') continue;
    const source = readSchema(file);
    const ctx: RewriteContext = { common: commonNames, local: titledDefs(source), used: new Set() };
    const body = await compile(rewrite(source, ctx) as JSONSchema, '', {
      ...options(),
      ...(perFileOptions[file] ?? {}),
    });
    out.set(target, banner(file) + importLine(ctx.used) + body);
  }
  return out;
}

/** Writes the rendered modules to src/generated/. */
export async function writeTypes(): Promise<string[]> {
  mkdirSync(generatedDir, { recursive: true });
  const rendered = await renderTypes();
  for (const [name, text] of rendered) writeFileSync(join(generatedDir, name), text);
  return [...rendered.keys()];
}

// helpers

function readSchema(file: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(jsonDir, file), 'utf8')) as Record<string, unknown>;
}

function typeNamesOf(common: Record<string, unknown>): Map<string, string> {
  const names = titledDefs(common);
  for (const key of Object.keys(common.$defs as object)) {
    if (!names.has(key)) throw new Error(`common.json#/$defs/${key} needs a title: it names the generated type`);
  }
  return names;
}

function titledDefs(schema: Record<string, unknown>): Map<string, string> {
  const defs = (schema.$defs ?? {}) as Record<string, { title?: string }>;
  return new Map(Object.entries(defs).flatMap(([key, def]) => (def.title ? [[key, def.title] as const] : [])));
}

/** common.ts: one declaration per $def, in file order; refs between defs become type references. */
async function renderCommon(common: Record<string, unknown>, names: Map<string, string>): Promise<string> {
  const defs = common.$defs as Record<string, Record<string, unknown>>;
  const parts: string[] = [];
  const ctx: RewriteContext = { common: new Map(), local: names, used: new Set() };
  for (const def of Object.values(defs)) {
    parts.push(await compile(rewrite(def, ctx) as JSONSchema, '', options()));
  }
  return banner('common.json') + parts.join('\n');
}

/**
 * Prepares a schema for json-schema-to-typescript:
 * - `$ref`s to a titled $def (in common.json, or in the same file) become `tsType: Title`, so each def is
 *   declared once under its title (the file's own defs through `unreachableDefinitions`);
 * - the meta-schema `$ref` is dropped;
 * - constraint-only keywords (allOf, anyOf, if/then/else, not, contains, propertyNames) are dropped: in
 *   these schemas they narrow values but never change the shape, and only `oneOf` builds unions.
 */
function rewrite(node: unknown, ctx: RewriteContext): unknown {
  if (Array.isArray(node)) return node.map((item) => rewrite(item, ctx));
  if (node === null || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  let ref: string | undefined;
  for (const [key, value] of Object.entries(node)) {
    if (key === '$ref' && typeof value === 'string') ref = value;
    else if (DROPPED.has(key)) assertConstraintOnly(key, value);
    else if (key === 'x-cauce-message') continue;
    // Keys under properties/$defs are names, not keywords.
    else if (key === 'properties' || key === '$defs') out[key] = rewriteMap(value, ctx);
    else out[key] = rewrite(value, ctx);
  }
  if (ref === undefined || ref === META_SCHEMA) return out;
  const name = typeNameOf(ref, ctx);
  if (name === undefined) return { ...out, $ref: ref };
  return { tsType: name, ...pick(out, ['title', 'description', 'default']) };
}

interface RewriteContext {
  /** common.json $def key → type name */
  common: Map<string, string>;
  /** this file's $def key → type name (titled defs only) */
  local: Map<string, string>;
  /** common type names used, for the import line */
  used: Set<string>;
}

const DROPPED = new Set(['allOf', 'anyOf', 'if', 'then', 'else', 'not', 'contains', 'propertyNames', '$schema', '$id']);

function rewriteMap(value: unknown, ctx: RewriteContext): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return rewrite(value, ctx);
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, rewrite(v, ctx)]));
}

function typeNameOf(ref: string, ctx: RewriteContext): string | undefined {
  const local = ref.match(/^#\/\$defs\/([A-Za-z]+)$/)?.[1];
  if (local !== undefined) return ctx.local.get(local);
  const common = ref.match(COMMON_REF)?.[1];
  if (common === undefined) return undefined;
  const name = ctx.common.get(common);
  if (name === undefined) throw new Error(`unknown common definition in $ref ${ref}`);
  ctx.used.add(name);
  return name;
}

/** Guards the rule above: a shape hidden in allOf/anyOf would silently vanish from the types. */
function assertConstraintOnly(key: string, value: unknown): void {
  if ((key !== 'allOf' && key !== 'anyOf') || !Array.isArray(value)) return;
  for (const item of value) {
    if (item && typeof item === 'object' && ('type' in item || '$ref' in item || 'oneOf' in item)) {
      throw new Error(`${key} with a type or $ref changes the shape; use oneOf or inline it (${JSON.stringify(item)})`);
    }
  }
}

function pick(obj: Record<string, unknown>, keys: string[]): Record<string, unknown> {
  return Object.fromEntries(keys.filter((k) => k in obj).map((k) => [k, obj[k]]));
}

function options() {
  return {
    bannerComment: '',
    additionalProperties: true,
    unreachableDefinitions: true,
    strictIndexSignatures: true,
    ignoreMinAndMaxItems: true,
    cwd: jsonDir,
    $refOptions: { resolve: { external: false } },
    style: { singleQuote: true, printWidth: 120 },
  };
}

function banner(file: string): string {
  return `// Generated from json/${file} by scripts/generate-types.ts — do not edit.\n// Run \`pnpm --filter @cauce/schemas build:types\`; src/generatedTypes.test.ts fails on drift.\n\n`;
}

function importLine(used: Set<string>): string {
  if (used.size === 0) return '';
  return `import type { ${[...used].sort().join(', ')} } from './common';\n\n`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const files = await writeTypes();
  console.log(`wrote ${files.map((f) => `src/generated/${f}`).join(', ')}`);
}
