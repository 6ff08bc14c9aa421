/**
 * What the interpreter can refuse, by kind: `noInitialStart` is the caller's mistake (a start without a start node
 * of a process that has several event starts and no none start); `unknownNode` and `unknownToken` are broken
 * invariants (a command named a token or node the instance or model does not have).
 * @public
 */
export type InterpreterErrorKind = 'noInitialStart' | 'unknownNode' | 'unknownToken';

/**
 * The interpreter's own fault: it knows nothing of HTTP. The edges map it (engine-rest's error hook: a refusal
 * becomes a 400 `CAUCE_ERR_BODY_INVALID`, a broken invariant a 500); see `asCauceError`.
 * @public
 */
export class InterpreterError extends Error {
  constructor(
    readonly kind: InterpreterErrorKind,
    message: string,
  ) {
    super(message);
    this.name = 'InterpreterError';
  }
}
