import { ref, type JsonSchema } from './schemas/define';

/**
 * A route's response schemas: its success bodies plus ExceptionDto for each listed client error and for 500.
 * `replies({ 200: ref('Task') }, 400, 404)`.
 * @internal
 */
export function replies(ok: Record<number, JsonSchema>, ...clientErrors: number[]): Record<number, JsonSchema> {
  const out: Record<number, JsonSchema> = { ...ok };
  for (const status of clientErrors) out[status] = { ...ref('ExceptionDto'), description: describe(status) };
  out[500] = { ...ref('ExceptionDto'), description: 'internal error; the message carries only a reference id' };
  return out;
}

/** 204: no body. */
export const noContent: Record<number, JsonSchema> = { 204: { type: 'null', description: 'No Content' } };

export { ref };

// helpers
function describe(status: number): string {
  switch (status) {
    case 400:
      return 'bad request or rule violation';
    case 404:
      return 'unknown id';
    case 409:
      return 'changed concurrently; retry';
    case 413:
      return 'body larger than the limit';
    case 415:
      return 'unsupported media type';
    default:
      return 'client error';
  }
}
