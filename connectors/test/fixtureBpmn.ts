/**
 * Writes the small BPMN fixture a connector test deploys: start → the service task (external, the connector's
 * topic, input parameters) → user task `Done`; one error boundary per documented BPMN error code, each leading
 * to user task `Caught_<code>`. The user tasks make where a token went visible through the task list.
 * Used once to write each `<connector>/<connector>.bpmn` (committed, read by the test beside it).
 */
export function fixtureBpmn(options: {
  processId: string;
  topic: string;
  inputs: Record<string, string>;
  errorCodes: readonly string[];
}): string {
  const { processId, topic, inputs, errorCodes } = options;
  const id = (code: string) => code.replace(/[^A-Za-z0-9_]/g, '_');
  const inputXml = Object.entries(inputs)
    .map(([name, expr]) => `          <camunda:inputParameter name="${name}">${escape(expr)}</camunda:inputParameter>`)
    .join('\n');
  const errors = errorCodes
    .map((code) => `  <bpmn:error id="Error_${id(code)}" name="${code}" errorCode="${code}" />`)
    .join('\n');
  const boundaries = errorCodes
    .map(
      (code) => `    <bpmn:boundaryEvent id="Boundary_${id(code)}" attachedToRef="CallConnector">
      <bpmn:errorEventDefinition errorRef="Error_${id(code)}" />
    </bpmn:boundaryEvent>
    <bpmn:sequenceFlow id="Flow_Boundary_${id(code)}" sourceRef="Boundary_${id(code)}" targetRef="Caught_${id(code)}" />
    <bpmn:userTask id="Caught_${id(code)}" name="Caught ${code}" />`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_${processId}" targetNamespace="https://cauce.dev/connectors/test">
${errors}
  <bpmn:process id="${processId}" isExecutable="true">
    <bpmn:startEvent id="Start" />
    <bpmn:sequenceFlow id="Flow_Start" sourceRef="Start" targetRef="CallConnector" />
    <bpmn:serviceTask id="CallConnector" name="Call ${topic}" camunda:type="external" camunda:topic="${topic}">
      <bpmn:extensionElements>
        <camunda:inputOutput>
${inputXml}
        </camunda:inputOutput>
      </bpmn:extensionElements>
    </bpmn:serviceTask>
    <bpmn:sequenceFlow id="Flow_Done" sourceRef="CallConnector" targetRef="Done" />
    <bpmn:userTask id="Done" name="Done" />
${boundaries}
  </bpmn:process>
</bpmn:definitions>
`;
}

// helpers

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
