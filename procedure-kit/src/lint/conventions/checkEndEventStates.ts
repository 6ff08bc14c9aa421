import { SERVICE_REQUEST_STATES } from '@cauce/schemas';
import type { Finding } from '../Finding';
import type { ConventionsInput } from './ConventionsInput';

/** The service-request states an end event may stand for (`camunda:property serviceRequestState`). @internal */
export { SERVICE_REQUEST_STATES };

/**
 * Every end event says which state the citizen's service request takes when the procedure ends
 * there (`<camunda:property name="serviceRequestState" value="resolved"/>`): the channels show it
 * and route the request by it. Findings are errors on the end event's line.
 * @internal
 */
export function checkEndEventStates(input: ConventionsInput, findings: Finding[]): void {
  const { checked } = input;
  for (const event of input.elements.values()) {
    if (event.$type !== 'bpmn:EndEvent') continue;
    const problem = (message: string) =>
      findings.push({
        file: checked.bpmnFile,
        elementId: event.id,
        line: checked.lines.get(event.id) || 1,
        rule: 'package/end-state',
        message,
        severity: 'error',
      });
    const state = camundaProperty(event, 'serviceRequestState');
    if (state === undefined) problem('end event without camunda:property serviceRequestState');
    else if (!(SERVICE_REQUEST_STATES as readonly string[]).includes(state))
      problem(`serviceRequestState '${state}' is not one of ${SERVICE_REQUEST_STATES.join(', ')}`);
  }
}

// helpers

function camundaProperty(element: any, name: string): string | undefined {
  for (const extension of element.extensionElements?.values ?? []) {
    if (extension.$type !== 'camunda:Properties') continue;
    const property = (extension.values ?? []).find((p: any) => p.name === name);
    if (property) return property.value;
  }
  return undefined;
}
