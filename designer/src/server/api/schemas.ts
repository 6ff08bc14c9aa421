import { LANGUAGES } from '@cauce/schemas';

/** A JSON Schema as a plain object. @internal */
export type JsonSchema = Record<string, unknown>;

/** `{ $ref: 'cauce-designer-…#' }` @internal */
export const ref = (id: string): JsonSchema => ({ $ref: `${id}#` });

/**
 * A route's responses: its success, and the error body for every status the designer answers with
 * (docs/errors.md), so every route declares its 4xx and a response never carries more than its schema.
 * @internal
 */
export function replies(success: Record<number, JsonSchema>): Record<number, JsonSchema> {
  const error = ref('cauce-designer-error');
  return { ...success, 400: error, 401: error, 403: error, 404: error, 409: error, 413: error, 422: error };
}

const str = { type: 'string' };
const int = { type: 'integer' };
const time = { type: 'string', format: 'date-time' };
const procedureId = { type: 'string', pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$', maxLength: 64 };
const language = { type: 'string', enum: LANGUAGES };
const files = ref('cauce-designer-files');

const object = (id: string, title: string, properties: JsonSchema, required: string[], closed = true) => ({
  $id: id,
  title,
  type: 'object',
  ...(closed ? { additionalProperties: false } : {}),
  required,
  properties,
});

/**
 * Every `/api/designer` schema, each with an `$id` the routes refer to and a `title`, the name of its generated type
 * (`../generated/apiTypes.ts`, written by `build:api-types`; apiTypes.test.ts fails on drift). docs/designer.md
 * describes the routes.
 * @internal
 */
export const designerSchemas: JsonSchema[] = [
  object(
    'cauce-designer-error',
    'DesignerError',
    {
      type: str,
      code: str,
      message: str,
      rev: int,
      updatedBy: str,
      updatedAt: str,
      findings: { type: 'array', items: ref('cauce-designer-finding') },
    },
    ['code', 'message'],
  ),
  {
    $id: 'cauce-designer-files',
    title: 'PackageFiles',
    description: 'A package in the folder format: package-relative path → text.',
    type: 'object',
    maxProperties: 2000,
    additionalProperties: { type: 'string' },
  },
  object('cauce-designer-id', 'ProcedureParams', { id: procedureId }, ['id']),
  object(
    'cauce-designer-list-query',
    'ListQuery',
    {
      q: { type: 'string', maxLength: 200 },
      state: { type: 'string', enum: ['draft', 'published', 'archived', 'all'] },
      language,
    },
    [],
  ),
  {
    $id: 'cauce-designer-list',
    title: 'ProcedureList',
    type: 'array',
    items: object(
      'cauce-designer-summary',
      'ProcedureSummary',
      {
        id: str,
        title: str,
        state: { type: 'string', enum: ['draft', 'published', 'archived'] },
        liveVersion: { type: ['integer', 'null'] },
        updatedAt: time,
        updatedBy: str,
      },
      ['id', 'title', 'state', 'liveVersion', 'updatedAt', 'updatedBy'],
    ),
  },
  object(
    'cauce-designer-create',
    'CreateBody',
    {
      id: procedureId,
      title: {
        type: 'object',
        additionalProperties: false,
        minProperties: 1,
        properties: Object.fromEntries(LANGUAGES.map((l) => [l, { type: 'string', minLength: 1, maxLength: 200 }])),
      },
      from: {
        oneOf: [
          { type: 'string', enum: ['empty'] },
          { type: 'object', additionalProperties: false, required: ['procedureId'], properties: { procedureId } },
        ],
      },
    },
    ['id', 'title'],
  ),
  object(
    'cauce-designer-version',
    'VersionSummary',
    {
      version: int,
      kind: { type: 'string', enum: ['publish', 'rollback'] },
      fromVersion: { type: ['integer', 'null'] },
      reason: str,
      publishedBy: str,
      publishedAt: time,
      deploymentId: { type: ['string', 'null'] },
    },
    ['version', 'kind', 'fromVersion', 'reason', 'publishedBy', 'publishedAt', 'deploymentId'],
  ),
  object(
    'cauce-designer-draft',
    'OpenedDraft',
    {
      id: str,
      rev: int,
      files,
      state: { type: 'string', enum: ['draft', 'published', 'archived'] },
      liveVersion: { type: ['integer', 'null'] },
      updatedAt: time,
      updatedBy: str,
      createdAt: time,
      createdBy: str,
      archivedAt: { type: ['string', 'null'] },
      versions: { type: 'array', items: ref('cauce-designer-version') },
    },
    ['id', 'rev', 'files', 'state', 'liveVersion', 'updatedAt', 'updatedBy', 'createdAt', 'createdBy', 'versions'],
  ),
  object('cauce-designer-save', 'SaveBody', { files }, ['files']),
  object(
    'cauce-designer-if-match',
    'IfMatchHeaders',
    { 'if-match': { type: 'string', pattern: '^(W/)?"?[0-9]{1,9}"?$' } },
    ['if-match'],
    false,
  ),
  object('cauce-designer-saved', 'Saved', { rev: int, updatedAt: time, updatedBy: str }, [
    'rev',
    'updatedAt',
    'updatedBy',
  ]),
  {
    $id: 'cauce-designer-revisions',
    title: 'Revisions',
    type: 'array',
    items: {
      type: 'object',
      additionalProperties: false,
      required: ['rev', 'author', 'savedAt'],
      properties: { rev: int, author: str, savedAt: time },
    },
  },
  object('cauce-designer-check', 'CheckBody', { files }, []),
  object(
    'cauce-designer-finding',
    'Finding',
    {
      severity: { type: 'string', enum: ['error', 'warning'] },
      rule: str,
      message: str,
      file: str,
      line: int,
      elementId: str,
      field: str,
      path: str,
    },
    ['severity', 'rule', 'message', 'file', 'line'],
  ),
  { $id: 'cauce-designer-findings', title: 'Findings', type: 'array', items: ref('cauce-designer-finding') },
  object(
    'cauce-designer-diff-entry',
    'DiffEntry',
    {
      change: { type: 'string', enum: ['added', 'removed', 'changed'] },
      id: str,
      kind: str,
      name: str,
      before: str,
      after: str,
    },
    ['change', 'id'],
  ),
  object(
    'cauce-designer-diff',
    'DraftDiff',
    {
      liveVersion: { type: ['integer', 'null'] },
      elements: { type: 'array', items: ref('cauce-designer-diff-entry') },
      fields: { type: 'array', items: ref('cauce-designer-diff-entry') },
      texts: { type: 'array', items: ref('cauce-designer-diff-entry') },
      files: { type: 'array', items: ref('cauce-designer-diff-entry') },
    },
    ['liveVersion', 'elements', 'fields', 'texts', 'files'],
  ),
  object('cauce-designer-publish', 'PublishBody', { rev: int, reason: { type: 'string', maxLength: 2000 } }, ['rev']),
  object(
    'cauce-designer-rollback',
    'RollbackBody',
    { version: { type: 'integer', minimum: 1 }, reason: { type: 'string', maxLength: 2000 } },
    ['version'],
  ),
  object(
    'cauce-designer-published',
    'Published',
    {
      version: int,
      kind: { type: 'string', enum: ['publish', 'rollback'] },
      deploymentId: { type: ['string', 'null'] },
      warnings: int,
    },
    ['version', 'kind', 'deploymentId', 'warnings'],
  ),
  object('cauce-designer-archived', 'Archived', { id: str, archivedAt: time, archivedBy: str }, [
    'id',
    'archivedAt',
    'archivedBy',
  ]),
  object('cauce-designer-export-query', 'ExportQuery', { version: { type: 'integer', minimum: 1 } }, []),
  object(
    'cauce-designer-import-headers',
    'ImportHeaders',
    { 'if-match': { type: 'string', pattern: '^(W/)?"?[0-9]{1,9}"?$' } },
    [],
    false,
  ),
  {
    $id: 'cauce-designer-templates',
    title: 'ElementTemplates',
    type: 'array',
    items: { type: 'object', additionalProperties: true },
  },
  object('cauce-designer-variables', 'Variables', { variables: { type: 'array', items: str } }, ['variables']),
  object('cauce-designer-preview', 'PreviewBody', { files, step: { type: 'string', maxLength: 200 }, language }, [
    'step',
    'language',
  ]),
  object('cauce-designer-me', 'Me', { userId: str, role: str, access: { type: 'string', enum: ['read', 'write'] } }, [
    'userId',
    'role',
    'access',
  ]),
];
