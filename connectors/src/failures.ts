/**
 * The three ways a connector call can go wrong, kept apart as STYLE.md rule 8 asks:
 *
 * - {@link BusinessError}: the corporate system answered, and the answer is a *business* outcome the process
 *   models (citizen not found, no free slot). Reported with `handleBpmnError(code)`; an error boundary event
 *   catches it. Never retried: asking again gives the same answer.
 * - {@link TechnicalFailure}: the call may work if repeated (5xx, 429, timeout, network). Reported with
 *   `handleFailure` and a retry count that goes down; at 0 the engine raises an incident.
 * - {@link PermanentFailure}: repeating cannot help (bad or missing input variables, a 4xx the connector does not
 *   map, a response that breaks the connector's output schema). Reported with `handleFailure` and `retries: 0`,
 *   so an incident appears at once for an operator to fix the model or the data.
 * @public
 */
export class BusinessError extends Error {
  override readonly name = 'BusinessError';
  /**
   * @param code the BPMN error code (documented in the connector's template `x-cauce-errors`)
   * @param message for the incident log and the boundary's `errorMessage`
   * @param variables sent with the error, visible after the boundary event
   */
  constructor(
    readonly code: string,
    message: string,
    readonly variables: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

/** A failure that may go away if the call is repeated later. See {@link BusinessError}. @public */
export class TechnicalFailure extends Error {
  override readonly name = 'TechnicalFailure';
  constructor(
    message: string,
    /** Longer text for the incident: status, body, cause. */
    readonly details?: string,
  ) {
    super(message);
  }
}

/** A failure repeating cannot fix: an incident at once. See {@link BusinessError}. @public */
export class PermanentFailure extends Error {
  override readonly name = 'PermanentFailure';
  constructor(
    message: string,
    readonly details?: string,
  ) {
    super(message);
  }
}
