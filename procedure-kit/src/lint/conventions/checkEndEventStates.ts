import { readCauceEndEvent } from '@cauce/schemas';
import type { Finding } from '../Finding';
import type { ConventionsInput } from './ConventionsInput';

/**
 * Every end event says which state the citizen's service request takes when the procedure ends
 * there (`<camunda:property name="serviceRequestState" value="resolved"/>`): the channels show it
 * and route the request by it. Read with `readCauceEndEvent`, as the engine compiles it: a state outside the
 * vocabulary is the engine's refusal (reported under this rule by validatePackage). Findings are errors on the end
 * event's line.
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
    const read = readCauceEndEvent(event);
    if (read.ok && read.value.state === undefined) problem('end event without camunda:property serviceRequestState');
  }
}
