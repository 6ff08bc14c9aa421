/**
 * Why a token stopped (`incident.type`, Camunda's `incidentType`): an expression, timer or due date failed; a loop
 * without a wait state; a BPMN error nobody caught; an external task failed with no retries left; a call activity
 * found no definition to call. The database checks the column against this object.
 * @public
 */
export const IncidentTypes = {
  failedExpression: 'failedExpression',
  endlessLoop: 'endlessLoop',
  unhandledBpmnError: 'unhandledBpmnError',
  failedExternalTask: 'failedExternalTask',
  failedCallActivity: 'failedCallActivity',
} as const;

/** @public */
export type IncidentTypeName = (typeof IncidentTypes)[keyof typeof IncidentTypes];
