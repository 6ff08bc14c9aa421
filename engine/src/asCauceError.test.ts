import { describe, expect, it } from 'vitest';
import { asCauceError } from './asCauceError';
import { Errors } from './errorCodes';
import { InterpreterError } from './interpreter/InterpreterError';

describe('asCauceError', () => {
  it('maps the interpreter refusing a start to 400 CAUCE_ERR_BODY_INVALID with its message', () => {
    // given
    const refusal = new InterpreterError('noInitialStart', "process 'p' has no none start event");
    // when
    const mapped = asCauceError(refusal);
    // then
    expect(mapped).toMatchObject({ code: 'CAUCE_ERR_BODY_INVALID', statusCode: 400 });
    expect(mapped?.message).toBe("invalid request: process 'p' has no none start event");
  });

  it("leaves broken invariants and foreign errors to the edge's own mapping (a 500), and registry errors as they are", () => {
    // given
    const bug = new InterpreterError('unknownToken', 'instance i has no token t');
    const registry = Errors.taskNotFound('t1');
    // when / then
    expect(asCauceError(bug)).toBeUndefined();
    expect(asCauceError(new Error('boom'))).toBeUndefined();
    expect(asCauceError(registry)).toBe(registry);
  });
});
