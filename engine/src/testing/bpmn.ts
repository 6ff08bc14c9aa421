/**
 * Builds small BPMN documents for tests from a compact list of elements and flows, so a test shows
 * its whole process in a few lines. Output is plain BPMN 2.0 with camunda: attributes.
 * @internal
 */
export function bpmn(processId: string, body: string, extra = ''): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" xmlns:cauce="http://cauce.dev/schema/bpmn/1.0" id="defs_${processId}" targetNamespace="http://cauce.dev/test">
  <bpmn:process id="${processId}" isExecutable="true">
${body}
  </bpmn:process>
${extra}
</bpmn:definitions>`;
}

/** `flow('a', 'b')` or `flow('a', 'b', 'amount > 10')`: a sequence flow with an optional FEEL condition. */
export function flow(from: string, to: string, condition?: string, id = `f_${from}_${to}`): string {
  const cond =
    condition === undefined
      ? ''
      : `<bpmn:conditionExpression xsi:type="bpmn:tFormalExpression" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">${escapeXml(condition)}</bpmn:conditionExpression>`;
  return `<bpmn:sequenceFlow id="${id}" sourceRef="${from}" targetRef="${to}">${cond}</bpmn:sequenceFlow>`;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
