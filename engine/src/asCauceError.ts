import { exhaustive } from '@cauce/schemas';
import { Errors } from './errorCodes';
import { CauceError } from './errors';
import { InterpreterError } from './interpreter/InterpreterError';

/**
 * An engine fault as the registry error an edge answers with: a `CauceError` as it is, an `InterpreterError` by its
 * kind (the caller's mistake a 400 `CAUCE_ERR_BODY_INVALID`, a broken invariant a 500), anything else `undefined`
 * (the edge's own mapping decides). The interpreter stays free of HTTP; every error hook (engine-rest, /api)
 * calls this.
 * @public
 */
export function asCauceError(error: unknown): CauceError | undefined {
  if (error instanceof CauceError) return error;
  if (!(error instanceof InterpreterError)) return undefined;
  switch (error.kind) {
    case 'noInitialStart':
      return Errors.bodyInvalid(error.message);
    case 'unknownNode':
    case 'unknownToken':
      return undefined;
    default:
      return exhaustive(error.kind, 'interpreter error kind');
  }
}
