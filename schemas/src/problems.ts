import type { ErrorObject } from 'ajv';

/** One thing wrong with a document: where (a JSON Pointer into it) and what. @public */
export interface Problem {
  path: string;
  message: string;
}

/** What every validator returns: the typed value, or the problems found. @public */
export type ValidationResult<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

/**
 * Turns ajv errors (compiled with `allErrors` and `verbose`) into readable problems.
 *
 * - A schema carrying `x-cauce-message` reports that message instead of the errors under it.
 * - `if` and `propertyNames` wrappers are dropped: the error inside says more.
 * - A failed `oneOf` reports only the branch that came closest (see `weight`), so an invalid
 *   scenario step does not also list every way it is not a connector outcome. Branches are told
 *   apart by the schema objects they reach, which is why the schema documents are passed in.
 * @internal
 */
export function toProblems(errors: ErrorObject[] | null | undefined, documents: SchemaDocuments): Problem[] {
  if (!errors?.length) return [];
  // A schema with x-cauce-message speaks for every schema it reaches, at and below its instance.
  const shadows = errors
    .filter((e) => messageOf(e) !== undefined)
    .map((e) => ({ at: e.instancePath, reach: reachOf(e.parentSchema as object, documents) }));
  let kept = errors.filter((e) => {
    if (e.keyword === 'if' || e.keyword === 'propertyNames') return false;
    if (messageOf(e) !== undefined) return true;
    return !shadows.some((s) => s.reach.has(e.parentSchema as object) && within(e.instancePath, s.at));
  });
  for (const oneOf of kept.filter((e) => e.keyword === 'oneOf' && messageOf(e) === undefined)) {
    kept = narrowOneOf(kept, oneOf, documents);
  }
  const seen = new Set<string>();
  const problems: Problem[] = [];
  for (const e of kept) {
    const p = { path: pathOf(e), message: messageOf(e) ?? plainMessage(e) };
    const key = `${p.path}\u0000${p.message}`;
    if (!seen.has(key)) (problems.push(p), seen.add(key));
  }
  return problems;
}

/**
 * The schema documents errors may point into, by `$id`: needed to resolve `$ref`s when telling
 * `oneOf` branches apart. @internal
 */
export class SchemaDocuments {
  private readonly byId = new Map<string, object>();
  private readonly reach = new WeakMap<object, Set<object>>();
  private readonly bases = new WeakMap<object, string | undefined>();

  add(schema: { $id?: string }): void {
    if (schema.$id) this.byId.set(schema.$id, schema);
  }

  /** Every schema object reachable from `schema` (inside `base`), following `$ref`s. */
  reachable(schema: object, base: string): Set<object> {
    const cached = this.reach.get(schema);
    if (cached) return cached;
    const found = new Set<object>();
    const walk = (node: unknown, at: string): void => {
      if (node === null || typeof node !== 'object' || found.has(node)) return;
      found.add(node);
      const ref = (node as { $ref?: unknown }).$ref;
      if (typeof ref === 'string') {
        const target = this.resolve(ref, at);
        if (target) walk(target.schema, target.base);
      }
      for (const child of Object.values(node)) walk(child, at);
    };
    walk(schema, base);
    this.reach.set(schema, found);
    return found;
  }

  /** Finds the `$id` of the document holding `schema`, or undefined. */
  baseOf(schema: object): string | undefined {
    if (this.bases.has(schema)) return this.bases.get(schema);
    let found: string | undefined;
    for (const [id, doc] of this.byId) if (this.contains(doc, schema)) found = id;
    this.bases.set(schema, found);
    return found;
  }

  private resolve(ref: string, base: string): { schema: object; base: string } | undefined {
    const url = new URL(ref, base);
    const docId = url.href.replace(/#.*$/, '');
    const doc = this.byId.get(docId);
    if (!doc) return undefined;
    const pointer = decodeURIComponent(url.hash.replace(/^#/, ''));
    let node: unknown = doc;
    for (const part of pointer.split('/').slice(1)) {
      node = (node as Record<string, unknown> | undefined)?.[part.replace(/~1/g, '/').replace(/~0/g, '~')];
    }
    return node !== null && typeof node === 'object' ? { schema: node, base: docId } : undefined;
  }

  private contains(doc: object, target: object): boolean {
    if (doc === target) return true;
    return Object.values(doc).some((v) => v !== null && typeof v === 'object' && this.contains(v, target));
  }
}

// helpers

function messageOf(e: ErrorObject): string | undefined {
  const m = (e.parentSchema as Record<string, unknown> | undefined)?.['x-cauce-message'];
  return typeof m === 'string' ? m : undefined;
}

function narrowOneOf(errors: ErrorObject[], oneOf: ErrorObject, documents: SchemaDocuments): ErrorObject[] {
  const parent = oneOf.parentSchema as { oneOf?: object[] } | undefined;
  const base = parent && documents.baseOf(parent);
  if (!parent?.oneOf || !base || Array.isArray(oneOf.params.passingSchemas)) return errors;
  const index = errors.indexOf(oneOf);
  // The branches' errors are the contiguous run just before the oneOf error, inside its instance.
  let start = index;
  while (start > 0 && within(errors[start - 1]!.instancePath, oneOf.instancePath)) start--;
  const children = errors.slice(start, index);
  let best: { errors: ErrorObject[]; score: number } | undefined;
  for (const branch of parent.oneOf) {
    const reach = documents.reachable(branch, base);
    const mine = children.filter((e) => e.parentSchema !== undefined && reach.has(e.parentSchema as object));
    if (mine.length === 0) continue;
    const score = mine.reduce((sum, e) => sum + weight(e, oneOf), 0);
    if (!best || score < best.score) best = { errors: mine, score };
  }
  if (!best) return errors;
  return [...errors.slice(0, start), ...best.errors, ...errors.slice(index + 1)];
}

/**
 * How far an error puts its branch from what the author meant. A property the branch does not know,
 * or a mismatched `const`/`enum` on a direct property (a discriminator such as `outcome` or `type`),
 * says "wrong kind of thing" and weighs double; a missing or malformed value says "right kind, with
 * a mistake".
 */
function weight(e: ErrorObject, oneOf: ErrorObject): number {
  if (e.keyword === 'additionalProperties' && e.instancePath === oneOf.instancePath) return 2;
  if (e.keyword !== 'const' && e.keyword !== 'enum') return 1;
  return /^\/[^/]+$/.test(e.instancePath.slice(oneOf.instancePath.length)) ? 2 : 1;
}

function reachOf(schema: object, documents: SchemaDocuments): Set<object> {
  const base = documents.baseOf(schema);
  return base ? documents.reachable(schema, base) : new Set([schema]);
}

function within(path: string, ancestor: string): boolean {
  return path === ancestor || path.startsWith(`${ancestor}/`);
}

function pathOf(e: ErrorObject): string {
  const extra =
    e.keyword === 'required'
      ? (e.params as { missingProperty: string }).missingProperty
      : e.keyword === 'additionalProperties'
        ? (e.params as { additionalProperty: string }).additionalProperty
        : e.propertyName;
  return extra === undefined ? e.instancePath : `${e.instancePath}/${escapePointer(extra)}`;
}

function plainMessage(e: ErrorObject): string {
  if (e.keyword === 'required') return 'is required';
  if (e.keyword === 'additionalProperties') return 'is not allowed here';
  if (e.keyword === 'const') return `must be ${JSON.stringify((e.params as { allowedValue: unknown }).allowedValue)}`;
  if (e.keyword === 'enum') {
    const allowed = (e.params as { allowedValues: unknown[] }).allowedValues;
    return `must be one of ${allowed.map((v) => JSON.stringify(v)).join(', ')}`;
  }
  return e.message ?? `fails ${e.keyword}`;
}

function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}
