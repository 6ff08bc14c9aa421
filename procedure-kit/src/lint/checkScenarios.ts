import { compileForm, localizedFormErrors, type FormSchema, type Scenario } from '@cauce/schemas';
import type { Finding } from './Finding';
import type { JsonDocument } from './jsonDocument';
import { lineOfPointer } from './jsonLines';

/**
 * Checks each scenario against the BPMN and the forms: the steps it answers are user tasks and
 * its answers satisfy their forms, the connectors it plays are topics of external tasks (of the
 * element it names), and the ids it expects exist (the end event being an end event).
 * @internal
 */
export function checkScenarios(
  input: {
    scenarios: Array<JsonDocument<Scenario>>;
    elements: Map<string, any>;
    /** user task id → its valid form */
    formOf: (taskId: string) => FormSchema | undefined;
  },
  findings: Finding[],
): void {
  const topics = new Set([...input.elements.values()].map(externalTopic).filter(Boolean));
  for (const doc of input.scenarios) {
    const scenario = doc.value;
    if (!scenario) continue;
    const problem = (pointer: string, message: string, elementId: string | null = null) =>
      findings.push({
        file: doc.file,
        elementId,
        line: lineOfPointer(doc.lines, pointer),
        rule: 'package/scenario',
        message,
        severity: 'error',
        path: pointer,
      });
    scenario.steps.forEach((action, i) => {
      const at = `/steps/${i}`;
      if ('step' in action) {
        const task = input.elements.get(action.step);
        if (!task || task.$type !== 'bpmn:UserTask')
          return problem(`${at}/step`, `'${action.step}' is not a user task of the process`, action.step);
        const form = input.formOf(action.step);
        if (!form) return;
        const compiled = compileForm(form);
        if (!compiled.ok || compiled.value(action.answers)) return;
        const errors = localizedFormErrors(compiled.value.errors, 'en');
        const list = Object.entries(errors)
          .map(([field, message]) => `${field || '(form)'}: ${message}`)
          .join('; ');
        return problem(
          `${at}/answers`,
          `the answers do not satisfy the form of '${action.step}': ${list}`,
          action.step,
        );
      }
      if (!topics.has(action.connector))
        return problem(`${at}/connector`, `no external task of the process has topic '${action.connector}'`);
      if (action.element) {
        const element = input.elements.get(action.element);
        if (externalTopic(element) !== action.connector)
          problem(
            `${at}/element`,
            `'${action.element}' is not an external task with topic '${action.connector}'`,
            action.element,
          );
      }
    });
    const expect = scenario.expect;
    expect.path.forEach((id, i) => {
      if (!input.elements.has(id)) problem(`/expect/path/${i}`, `'${id}' is not an element of the process`, id);
    });
    const end = expect.outcome.endEvent;
    if (end && input.elements.get(end)?.$type !== 'bpmn:EndEvent')
      problem('/expect/outcome/endEvent', `'${end}' is not an end event of the process`, end);
    (expect.outcome.waitingAt ?? []).forEach((id, i) => {
      if (!input.elements.has(id))
        problem(`/expect/outcome/waitingAt/${i}`, `'${id}' is not an element of the process`, id);
    });
  }
}

// helpers

function externalTopic(element: any): string | undefined {
  if (!element) return undefined;
  if (element.type === 'external' && element.topic) return element.topic;
  const definition = (element.eventDefinitions ?? []).find((d: any) => d.type === 'external' && d.topic);
  return definition?.topic;
}
