/**
 * Thrown inside a step of a run when an expression, a timer or a model rule fails at run time: `Run.step` catches
 * it, the token becomes an incident (a row the operator resolves) and the run goes on with the other tokens.
 * Not an engine fault (`InterpreterError`) and not a BPMN error (data routed to a boundary event).
 * @internal
 */
import { IncidentTypes, type IncidentTypeName } from '../vocabulary/IncidentTypes';

export class Incident {
  constructor(
    readonly message: string,
    readonly incidentType: IncidentTypeName = IncidentTypes.failedExpression,
  ) {}
}
