import { CHANNELS, jsonSchemas, LANGUAGES } from '@cauce/schemas';

/**
 * JSON Schemas of the /api bodies, registered once per app with `addSchema` and referenced by `$id`. The step view's
 * schema is not here: it is `schemas/json/step-view.json`, the same file the StepView type is generated from, so
 * the type and the response cannot drift; channelsApi.test.ts still checks real views pass through unchanged.
 * @internal
 */
const language = { type: 'string', enum: LANGUAGES } as const;
const channel = { type: 'string', enum: CHANNELS } as const;
const anyObject = { type: 'object', additionalProperties: true } as const;

export const apiSchemas = [
  {
    $id: 'cauce-api-error',
    type: 'object',
    required: ['code', 'message'],
    properties: { type: { type: 'string' }, code: { type: 'string' }, message: { type: 'string' } },
  },
  // The step view's schema is schemas/json/step-view.json (registered by its own $id, see sharedSchemas); this
  // alias keeps the routes' `ref('cauce-api-step-view')`.
  { $id: 'cauce-api-step-view', $ref: `${jsonSchemas.stepView.$id}#` },
  {
    $id: 'cauce-api-start',
    type: 'object',
    additionalProperties: false,
    required: ['procedureId', 'channel', 'language'],
    properties: {
      procedureId: { type: 'string', maxLength: 64 },
      channel,
      language,
      citizenId: { type: 'string', maxLength: 16 },
    },
  },
  {
    $id: 'cauce-api-submit',
    type: 'object',
    additionalProperties: false,
    required: ['stepId', 'answers', 'submissionId'],
    properties: {
      stepId: { type: 'string', maxLength: 255 },
      answers: anyObject,
      submissionId: { type: 'string', minLength: 1, maxLength: 200 },
    },
  },
  {
    $id: 'cauce-api-identify',
    oneOf: [
      {
        type: 'object',
        additionalProperties: false,
        required: ['method', 'answers'],
        properties: {
          method: { const: 'protocol' },
          answers: { type: 'object', additionalProperties: { type: 'string', maxLength: 64 } },
        },
      },
      {
        type: 'object',
        additionalProperties: false,
        required: ['method', 'channel'],
        properties: { method: { const: 'otp-send' }, channel: { type: 'string', enum: ['sms', 'email'] } },
      },
      {
        type: 'object',
        additionalProperties: false,
        required: ['method', 'code'],
        properties: { method: { const: 'otp' }, code: { type: 'string', maxLength: 16 } },
      },
    ],
  },
  {
    $id: 'cauce-api-catalogue',
    type: 'array',
    items: {
      type: 'object',
      required: ['id', 'title', 'description', 'channels', 'identificationLevel'],
      properties: {
        id: { type: 'string' },
        title: { type: 'string' },
        description: { type: 'string' },
        channels: { type: 'array', items: channel },
        identificationLevel: { type: 'integer' },
      },
    },
  },
  {
    $id: 'cauce-api-request-status',
    type: 'object',
    required: ['reference', 'type', 'state', 'text', 'updatedAt'],
    properties: {
      reference: { type: 'string' },
      type: { type: 'string' },
      state: { type: 'string' },
      text: { type: 'string' },
      updatedAt: { type: 'string' },
    },
  },
  {
    $id: 'cauce-api-citizen-folder',
    type: 'array',
    items: {
      type: 'object',
      required: ['id', 'reference', 'type', 'state', 'entryChannel', 'createdAt', 'updatedAt'],
      properties: {
        id: { type: 'string' },
        reference: { type: 'string' },
        type: { type: 'string' },
        state: { type: 'string' },
        entryChannel: channel,
        createdAt: { type: 'string' },
        updatedAt: { type: 'string' },
      },
    },
  },
  {
    $id: 'cauce-api-queue',
    type: 'array',
    items: {
      type: 'object',
      required: ['sessionId', 'reference', 'procedureId', 'reason', 'since'],
      properties: {
        sessionId: { type: 'string' },
        reference: { type: 'string' },
        procedureId: { type: 'string' },
        reason: { type: 'string' },
        since: { type: 'string' },
      },
    },
  },
  {
    $id: 'cauce-api-login',
    type: 'object',
    additionalProperties: false,
    required: ['user', 'password'],
    properties: { user: { type: 'string', maxLength: 64 }, password: { type: 'string', maxLength: 256 } },
  },
  {
    $id: 'cauce-api-session-user',
    type: 'object',
    required: ['token', 'user', 'expiresAt'],
    properties: {
      token: { type: 'string' },
      expiresAt: { type: 'string' },
      user: {
        type: 'object',
        required: ['id', 'role', 'name'],
        properties: { id: { type: 'string' }, role: { type: 'string' }, name: { type: 'string' } },
      },
    },
  },
] as const;

/**
 * Cauce's own schemas the routes refer to, as fastify's ajv and serializer take them: the step view and the common
 * vocabulary it refers to (`common.json#/$defs/language`…), without `$schema` (fastify's ajv is draft-07; the
 * 2020-12 features these files use are the draft-07 ones) and without Cauce's annotation keywords (`x-cauce-*`),
 * which ajv's strict mode refuses, and with every `$ref` absolute. Everything that constrains a value is kept.
 * @internal
 */
export const sharedSchemas = [forFastify(jsonSchemas.common), forFastify(jsonSchemas.stepView)];

/** `{ $ref: 'cauce-api-…#' }` */
export function ref(id: (typeof apiSchemas)[number]['$id']): { $ref: string } {
  return { $ref: `${id}#` };
}

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
