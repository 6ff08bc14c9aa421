/** The JSON error every simulator returns: `{ code, message }`. @internal */
export const simErrorSchema = {
  $id: 'sim-error',
  type: 'object',
  required: ['code', 'message'],
  properties: {
    code: { type: 'string', description: 'stable code, listed in connectors/simulators/README.md' },
    message: { type: 'string' },
  },
} as const;

const ref = { $ref: 'sim-error#' } as const;

/**
 * Response schemas for the error statuses of a route: always 400, 500 and 503
 * (validation, bugs, injected faults), plus the route's business statuses.
 * @internal
 */
export function errorResponses(...statuses: readonly (404 | 409 | 422)[]) {
  const out: Record<number, typeof ref> = { 400: ref, 500: ref, 503: ref };
  for (const s of statuses) out[s] = ref;
  return out;
}

/** Error statuses of a mutating route: its business ones plus 422 for a reused Idempotency-Key. @internal */
export function mutationErrorResponses(...statuses: readonly (404 | 409)[]) {
  return errorResponses(...statuses, 422);
}

/** `Idempotency-Key` documented on every mutating route. @internal */
export const idempotencyHeaders = {
  type: 'object',
  properties: {
    'idempotency-key': {
      type: 'string',
      minLength: 1,
      maxLength: 255,
      description: 'same key, same response; acted once',
    },
  },
} as const;
