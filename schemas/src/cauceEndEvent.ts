import type { ServiceRequestState, ViewerRole } from './generated/common';
import type { Problem, ValidationResult } from './problems';
import { SERVICE_REQUEST_STATES } from './serviceRequestStates';
import { VIEWER_ROLES } from './viewerRoles';

/** The camunda:properties of a bpmn:EndEvent, as bpmn-moddle (with camunda's descriptor) reads them. @public */
export interface CauceEndEventElement {
  id?: string;
  extensionElements?: { values?: Array<{ $type: string; values?: Array<{ name?: string; value?: unknown }> }> };
}

/**
 * What a procedure's end event says about the service request behind the instance, parsed and checked. Absent
 * settings are left out: whoever derives the request's state applies the defaults (resolved; whoever acted last).
 * @public
 */
export interface CauceEndEvent {
  /** `camunda:property serviceRequestState`: the state the request takes when the procedure ends here */
  state?: ServiceRequestState;
  /** `camunda:property serviceRequestResponsible`: who has the request then */
  responsible?: ViewerRole;
}

/**
 * Reads an end event's service-request settings (`<camunda:property name="serviceRequestState" value="resolved"/>`
 * and `serviceRequestResponsible`) and checks them against the vocabulary of common.json. Problem paths name the
 * property (`camunda:property serviceRequestState`).
 * @public
 */
export function readCauceEndEvent(event: CauceEndEventElement): ValidationResult<CauceEndEvent> {
  const problems: Problem[] = [];
  const out: CauceEndEvent = {};
  const state = property(event, 'serviceRequestState');
  if (state !== undefined) {
    if (SERVICE_REQUEST_STATES.includes(state as ServiceRequestState)) out.state = state as ServiceRequestState;
    else
      problems.push({ path: 'camunda:property serviceRequestState', message: notOneOf(state, SERVICE_REQUEST_STATES) });
  }
  const responsible = property(event, 'serviceRequestResponsible');
  if (responsible !== undefined) {
    if (VIEWER_ROLES.includes(responsible as ViewerRole)) out.responsible = responsible as ViewerRole;
    else
      problems.push({
        path: 'camunda:property serviceRequestResponsible',
        message: notOneOf(responsible, VIEWER_ROLES),
      });
  }
  return problems.length ? { ok: false, problems } : { ok: true, value: out };
}

// helpers

/** The value of the first camunda:property with this name, as text. */
function property(event: CauceEndEventElement, name: string): string | undefined {
  for (const extension of event.extensionElements?.values ?? []) {
    if (extension.$type !== 'camunda:Properties') continue;
    const found = (extension.values ?? []).find((p) => p.name === name);
    if (found && found.value !== undefined) return String(found.value);
  }
  return undefined;
}

function notOneOf(value: string, allowed: readonly string[]): string {
  return `'${value}' is not one of ${allowed.join(', ')}`;
}
