/**
 * An answer of the server other than 2xx: `{ type, code, message }` as the error registries define them
 * (docs/errors.md). `status` 0 is a network failure. A 409 on a draft save carries who saved in between (`detail`).
 * @public
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly detail: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }
}
