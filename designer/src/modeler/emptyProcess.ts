/**
 * The `process.bpmn` a new procedure starts from: one process (id = the procedure's id) with a start event joined
 * to an end event, laid out, with camunda's and Cauce's namespaces declared. The designer's API creates new drafts
 * with it and the modeler opens it when a draft has no BPMN yet. Pure text, so server and browser share it.
 * @public
 */
export function emptyProcessXml(procedureId: string, name = ''): string {
  const id = /^[A-Za-z_][A-Za-z0-9_.-]*$/.test(procedureId) ? procedureId : 'procedure';
  return `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" xmlns:cauce="http://cauce.dev/schema/bpmn/1.0" id="Definitions_${id}" targetNamespace="https://cauce.dev/procedures/${id}" exporter="Cauce designer" exporterVersion="1.0.0">
  <bpmn:process id="${id}" name="${escapeXml(name)}" isExecutable="true">
    <bpmn:startEvent id="StartEvent">
      <bpmn:outgoing>Flow_StartEvent_EndEvent</bpmn:outgoing>
    </bpmn:startEvent>
    <bpmn:endEvent id="EndEvent">
      <bpmn:incoming>Flow_StartEvent_EndEvent</bpmn:incoming>
    </bpmn:endEvent>
    <bpmn:sequenceFlow id="Flow_StartEvent_EndEvent" sourceRef="StartEvent" targetRef="EndEvent" />
  </bpmn:process>
  <bpmndi:BPMNDiagram id="BPMNDiagram_${id}">
    <bpmndi:BPMNPlane id="BPMNPlane_${id}" bpmnElement="${id}">
      <bpmndi:BPMNShape id="StartEvent_di" bpmnElement="StartEvent">
        <dc:Bounds x="152" y="102" width="36" height="36" />
      </bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="EndEvent_di" bpmnElement="EndEvent">
        <dc:Bounds x="352" y="102" width="36" height="36" />
      </bpmndi:BPMNShape>
      <bpmndi:BPMNEdge id="Flow_StartEvent_EndEvent_di" bpmnElement="Flow_StartEvent_EndEvent">
        <di:waypoint x="188" y="120" />
        <di:waypoint x="352" y="120" />
      </bpmndi:BPMNEdge>
    </bpmndi:BPMNPlane>
  </bpmndi:BPMNDiagram>
</bpmn:definitions>
`;
}

// helpers

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
